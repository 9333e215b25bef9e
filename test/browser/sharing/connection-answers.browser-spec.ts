// Connections in real Chromium, where a first-time user stumbled: unticking every document and saving
// is refused with an error summary that offers Delete instead; a request waiting for the candidate shows
// Approve and Decline side by side and no Delete; the employer's card for its pending request says whom
// it asked. Each page axe-clean at desktop width and at 320 px, without sideways scrolling.
import { Browser, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../../support/app';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
} from '../../support/browser';
import {
  createCandidate,
  createThirdParty,
  importAchievements,
  setPassword,
  TEST_PASSWORD,
} from '../../e2e/sharing/sharing-fixtures';

describe('Connection answers (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let candidateToken: string;
  let sharedId: string;
  let requestId: string;
  const pages: Page[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [t, browser] = (await Promise.all([createTestApp({ listen: true }), launchBrowser()])) as [
      TestApp & { baseUrl: string },
      Browser,
    ];
    const candidate = await createCandidate(t, '00071010', 'Eichen', 'sam@home.example');
    candidateToken = candidate.token;
    await setPassword(t, candidate.accountId);
    const docs = await importAchievements(t, '00071010', '01727756');
    const employer = await createThirdParty(t, 'hr@northfield.example', 'Northfield Motors');
    await setPassword(t, employer.accountId);
    const shared = await t
      .http()
      .post('/api/v1/me/connections')
      .set('Authorization', `Bearer ${candidate.token}`)
      .send({
        firstName: 'Gail',
        surname: 'Garage',
        email: 'gail@westgate.example',
        company: 'Westgate Garage',
        permissions: [{ certificateNumber: docs.fresh, documents: ['ecertificate', 'etranscript'] }],
      })
      .expect(201);
    sharedId = shared.body.id;
    await t
      .http()
      .post('/api/v1/third-party/connection-requests')
      .set('Authorization', `Bearer ${employer.token}`)
      .send({ candidateNumber: '00071010', surname: 'Eichen', dateOfBirth: '1990-04-27' })
      .expect(202);
    const mine = await t
      .http()
      .get('/api/v1/me/connections')
      .set('Authorization', `Bearer ${candidate.token}`)
      .expect(200);
    requestId = (mine.body.items as Array<{ id: string; status: string }>).find(
      (c) => c.status === 'requested',
    )!.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    // The refused save answers 400, which Chromium reports; anything else is a fault.
    expect(consoleErrors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  });

  async function loggedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    pages.push(page);
    consoleErrors.push(...collectConsoleErrors(page));
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/home$/);
    return page;
  }

  async function expectGoodAtBothWidths(page: Page): Promise<void> {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  it('refuses to save a connection with no document ticked, and offers Delete instead', async () => {
    const page = await loggedIn('sam@home.example');
    await page.goto(`${t.baseUrl}/connections/${sharedId}`);
    const ticked = await page
      .locator('#permissions ~ form input[name="documents"]:checked')
      .evaluateAll((boxes) => boxes.map((box) => box.id));
    expect(ticked).toHaveLength(2);
    for (const id of ticked) await page.locator(`[id="${id}"]`).uncheck();
    await page.getByRole('button', { name: 'Save permissions' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.innerText()).toContain(
      'Tick at least one document, or delete the connection to stop sharing',
    );
    expect(await page.locator('.error-summary').count()).toBe(1);
    await expectGoodAtBothWidths(page);

    // Nothing changed: the connection still shares both documents.
    const stored = await t
      .http()
      .get(`/api/v1/me/connections/${sharedId}`)
      .set('Authorization', `Bearer ${candidateToken}`)
      .expect(200);
    expect(stored.body.status).toBe('invited');
    expect(stored.body.permissions[0].documents).toEqual(['ecertificate', 'etranscript']);

    await summary.getByRole('link', { name: 'Delete the connection instead' }).click();
    await page.waitForURL(`**/connections/${sharedId}/delete`);
    expect(await page.locator('h1').innerText()).toContain('Delete');
  });

  it('shows a waiting request with Approve and Decline side by side, and no Delete', async () => {
    const page = await loggedIn('sam@home.example');
    await page.goto(`${t.baseUrl}/connections/${requestId}`);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const approve = await page.getByRole('button', { name: 'Approve' }).boundingBox();
      const decline = await page.getByRole('button', { name: 'Decline' }).boundingBox();
      expect(Math.abs(approve!.y - decline!.y)).toBeLessThan(2);
      expect(decline!.x).toBeGreaterThan(approve!.x + approve!.width);
    }
    expect(await page.getByRole('link', { name: /Delete/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Delete/ }).count()).toBe(0);
    await expectGoodAtBothWidths(page);
  });

  it("names the candidate on the employer's card for its pending request", async () => {
    const page = await loggedIn('hr@northfield.example');
    await page.goto(`${t.baseUrl}/connections`);
    const card = page.locator('.card').first();
    expect(await card.locator('.card__title').innerText()).toBe('Your request to candidate 00071010');
    expect(await card.innerText()).toMatch(/Waiting for the candidate|Requested|Awaiting/i);
    await expectGoodAtBothWidths(page);
  });
});
