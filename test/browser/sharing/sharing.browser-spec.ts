// Sharing in real Chromium: a candidate adds a connection with permissions (from "Share
// Qualification"), the invited third party registers from the emailed link, sees and downloads the
// permitted PDF, the candidate deletes the connection and the third party's next request is refused.
// Every page is checked with axe-core (no serious or critical violation).
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../../support/app';
import { eventually } from '../../support/eventually';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
} from '../../support/browser';
import {
  createCandidate,
  importAchievements,
  outboxEmails,
  Party,
  setPassword,
  TEST_PASSWORD,
} from '../../e2e/sharing/sharing-fixtures';

describe('Sharing pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let candidate: Party;
  let docs: { fresh: string; accreditation: string; old: string };
  const contexts: BrowserContext[] = [];
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    [t, browser] = (await Promise.all([
      createTestApp({ listen: true, runWorkers: true }),
      launchBrowser(),
    ])) as [TestApp & { baseUrl: string }, Browser];
    candidate = await createCandidate(t, '00061010', 'Eichen', 'sam.eichen@candidates.example');
    await setPassword(t, candidate.accountId);
    docs = await importAchievements(t, '00061010', '01626756');
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    pageErrors.push(collectConsoleErrors(page));
    return page;
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  async function logIn(page: Page, email: string): Promise<void> {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  it('shares, lets the invited third party register and download, then ends access on delete', async () => {
    const employerEmail = 'hr@garage.example';

    // The candidate opens Add Connection from a document's "Share Qualification".
    const candidatePage = await newPage();
    await logIn(candidatePage, candidate.email);
    await candidatePage.goto(`${t.baseUrl}/documents`);
    const shareHref = await candidatePage
      .locator(`a[href="/connections/new?certificate=${docs.fresh}"]`)
      .first()
      .getAttribute('href');
    expect(shareHref).toBe(`/connections/new?certificate=${docs.fresh}`);
    await candidatePage.goto(`${t.baseUrl}${shareHref}`);
    await expectAccessible(candidatePage);
    expect(
      await candidatePage
        .getByLabel(`eCertificate of Level 3 Diploma in Vehicle Maintenance (${docs.fresh})`)
        .isChecked(),
    ).toBe(true);
    expect(
      await candidatePage
        .getByLabel(`eCertificate of Level 2 Award in MOT Testing (${docs.old})`)
        .isDisabled(),
    ).toBe(true);

    await candidatePage.getByLabel('First Name *').fill('Ann');
    await candidatePage.getByLabel('Surname *').fill('Hiring');
    await candidatePage.getByLabel('Email *').fill(employerEmail);
    await candidatePage.getByLabel('Company *').fill('Garage Ltd');
    await candidatePage
      .getByLabel(`eTranscript of Level 3 Diploma in Vehicle Maintenance (${docs.fresh})`)
      .uncheck();
    await candidatePage.getByRole('button', { name: 'Send' }).click();
    await candidatePage.waitForURL('**/connections?added=1');
    expect(await candidatePage.locator('main').innerText()).toContain('Invited (not registered yet)');
    expect(await candidatePage.locator('.pagination').first().innerText()).toMatch(
      /Page 1 of 1\s*\|\s*View\s*10\s*25\s*50\s*records\s*Show\s*\|\s*Found total 1 record/,
    );
    await expectAccessible(candidatePage);

    // The emailed link takes the third party to registration.
    const [invitation] = await outboxEmails(t, 'sharing-invitation');
    expect(invitation.to).toBe(employerEmail);
    const employerPage = await newPage();
    await employerPage.goto(`${t.baseUrl}${invitation.data.registerPath as string}`);
    await expectAccessible(employerPage);
    await employerPage.getByLabel('First name').fill('Ann');
    await employerPage.getByLabel('Surname').fill('Hiring');
    await employerPage.getByLabel('Company or organisation').fill('Garage Ltd');
    await employerPage.getByLabel('Email address').fill(employerEmail);
    await employerPage.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await employerPage.getByLabel('Confirm password').fill(TEST_PASSWORD);
    await employerPage.getByRole('button', { name: /Register/ }).click();
    await employerPage.waitForURL('**/register/check-your-email');

    const verification = (await outboxEmails(t)).find(
      (e) => e.to === employerEmail && typeof e.data.verifyUrl === 'string',
    );
    await employerPage.goto(verification!.data.verifyUrl as string);
    await employerPage.getByRole('button', { name: 'Confirm my email address' }).click();
    await employerPage.waitForLoadState();

    // Logged in, the third party sees the candidate and the permitted document, and downloads it. The
    // invitation comes into force when Sharing hears of the verified address (a job, moments later).
    await logIn(employerPage, employerEmail);
    await eventually(
      async () => {
        await employerPage.goto(`${t.baseUrl}/connections`);
        return (await employerPage.locator('main').innerText()).includes('Sam Eichen');
      },
      { what: 'the invitation to come into force' },
    );
    await expectAccessible(employerPage);
    await employerPage.getByRole('link', { name: /View documents/ }).click();
    await employerPage.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    const connectionUrl = employerPage.url();
    expect(await employerPage.locator('main').innerText()).toContain(docs.fresh);
    expect(await employerPage.getByRole('link', { name: /Download eTranscript/ }).count()).toBe(0);
    await expectAccessible(employerPage);
    const [download] = await Promise.all([
      employerPage.waitForEvent('download'),
      employerPage.getByRole('link', { name: /Download eCertificate/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfUrl = `${connectionUrl}/documents/${docs.fresh}/ecertificate.pdf`;
    const pdf = await employerPage.request.get(pdfUrl);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The candidate sees the access log, then deletes the connection after confirming.
    const connectionId = connectionUrl.split('/').pop()!;
    await candidatePage.goto(`${t.baseUrl}/connections/${connectionId}`);
    expect(await candidatePage.locator('#access-log').locator('..').innerText()).toContain(
      'Downloaded the eCertificate',
    );
    await expectAccessible(candidatePage);
    // On a phone the tables collapse to stacked cards: nothing needs sideways scrolling.
    await candidatePage.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/connections', `/connections/${connectionId}`, '/connections/new']) {
      await candidatePage.goto(`${t.baseUrl}${path}`);
      expect(await hasHorizontalScroll(candidatePage)).toBe(false);
    }
    await candidatePage.setViewportSize({ width: 1280, height: 800 });
    await candidatePage.goto(`${t.baseUrl}/connections/${connectionId}`);
    await candidatePage.getByRole('link', { name: 'Delete connection' }).click();
    await candidatePage.waitForURL(`**/connections/${connectionId}/delete`);
    await expectAccessible(candidatePage);
    await candidatePage.getByRole('button', { name: 'Yes, delete the connection' }).click();
    await candidatePage.waitForURL('**/connections?deleted=1');
    expect(await candidatePage.locator('main').innerText()).toContain('Deleted');

    // The third party's next request is refused.
    expect((await employerPage.request.get(pdfUrl)).status()).toBe(404);
    const refused = await employerPage.goto(connectionUrl);
    expect(refused?.status()).toBe(404);

    // No script or style was refused by the Content-Security-Policy; the only failed load is that 404.
    expect(pageErrors.flat().filter((error) => !/status of 404/.test(error))).toEqual([]);
  }, 120_000);
});
