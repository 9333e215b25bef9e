// The candidate's home in real Chromium: what waits for them (a third party's request, an order to
// pay) above tiles that count it, Enquiries in the menu, and on a phone one Menu button instead of rows
// of links; the landing page's "Check a document" and a footer without the API link for end users.
// Each page axe-clean at desktop width and at 320 px, without sideways scrolling.
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../support/app';
import { screenshotsDir } from '../support/screenshots';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
} from '../support/browser';
import {
  createCandidate,
  createThirdParty,
  importAchievements,
  setPassword,
  TEST_PASSWORD,
} from '../e2e/sharing/sharing-fixtures';

describe('Candidate home and header (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let orderNumber: number;

  beforeAll(async () => {
    [t, browser] = (await Promise.all([createTestApp({ listen: true }), launchBrowser()])) as [
      TestApp & { baseUrl: string },
      Browser,
    ];
    const candidate = await createCandidate(t, '00071010', 'Eichen', 'sam@home.example');
    await setPassword(t, candidate.accountId);
    const docs = await importAchievements(t, '00071010', '01727756');
    const employer = await createThirdParty(t, 'hr@northfield.example', 'Northfield Motors');
    await setPassword(t, employer.accountId);
    await t
      .http()
      .post('/api/v1/third-party/connection-requests')
      .set('Authorization', `Bearer ${employer.token}`)
      .send({ candidateNumber: '00071010', surname: 'Eichen', dateOfBirth: '1990-04-27' })
      .expect(202);
    const bearer = `Bearer ${candidate.token}`;
    await t
      .http()
      .post('/api/v1/me/basket/items')
      .set('Authorization', bearer)
      .send({ product: 'certificate-reprint', certificateNumber: docs.fresh, reason: 'lost', quantity: 1 })
      .expect(201);
    const placed = await t
      .http()
      .post('/api/v1/me/orders')
      .set('Authorization', bearer)
      .send({
        billingAddress: { line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' },
        deliveryOption: 'royal-mail-signed-for-2nd',
      })
      .expect(201);
    orderNumber = placed.body.number;
    page = await (await browser.newContext()).newPage();
    consoleErrors = collectConsoleErrors(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Pictures of the pages go to a temporary folder (never into the tracked docs/ during a test run).
  const shots = screenshotsDir();
  const shoot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  async function expectGoodAt(width: number): Promise<void> {
    await page.setViewportSize({ width, height: 800 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  }

  it('shows Check a document on the landing page, and no API link in the footer for visitors', async () => {
    await page.goto(`${t.baseUrl}/`);
    const check = page.locator('main').getByRole('link', { name: 'Check a document' });
    expect(await check.getAttribute('href')).toBe('/verify');
    expect(await page.locator('footer').getByRole('link', { name: 'Check a document' }).count()).toBe(1);
    expect(await page.locator('footer').getByRole('link', { name: 'API' }).count()).toBe(0);
    await expectGoodAt(1280);
    await shoot('landing');
    await expectGoodAt(320);
  });

  it('shows what waits for the candidate, with counts on the tiles and Enquiries in the menu', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill('sam@home.example');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/home$/);

    const waiting = page.locator('.waiting');
    expect(await waiting.locator('h2').innerText()).toBe('Waiting for you');
    const items = await waiting.locator('.waiting__text').allInnerTexts();
    expect(items).toContain('Northfield Motors asks to see your documents');
    expect(items.some((text) => text.startsWith(`Order ${orderNumber} waits for payment (£`))).toBe(true);
    const review = waiting.getByRole('link', { name: /^Review/ });
    expect(await review.getAttribute('href')).toMatch(/^\/connections\/[0-9a-f-]{36}$/);
    const tileCount = (title: string) =>
      page
        .locator('.tile', { has: page.locator('h2', { hasText: title }) })
        .locator('.tile__count')
        .innerText();
    expect(await tileCount('Connections')).toContain('1');
    expect(await tileCount('Orders')).toContain('1');
    const documentsTile = page.locator('.tile', { has: page.locator('h2', { hasText: /^Documents/ }) });
    expect(await documentsTile.locator('.tile__count').count()).toBe(0);
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    expect(await menu.getByRole('link', { name: 'Enquiries', exact: true }).getAttribute('href')).toBe(
      '/enquiries',
    );
    expect(await page.locator('footer').getByRole('link', { name: 'API' }).count()).toBe(0);
    await expectGoodAt(1280);
    await shoot('candidate-home');
    await expectGoodAt(320);

    await review.click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    // A request has two answers, side by side, and no Delete.
    const answers = page.locator('#approve ~ form .button-group').first();
    expect(await answers.getByRole('button').allInnerTexts()).toEqual(['Approve', 'Decline']);
    expect(await page.getByRole('link', { name: /Delete/ }).count()).toBe(0);
    await expectGoodAt(1280);
    await expectGoodAt(320);
  });

  it('shows the last page of connections for a page past the end, not "Page 99 of 1" above nothing', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${t.baseUrl}/connections?page=99`);
    expect(await page.locator('.pagination').innerText()).toContain('Page 1 of 1');
    expect(await page.locator('main').innerText()).toContain('Northfield Motors');
    await expectGoodAt(1280);
    await expectGoodAt(320);
  });

  it('names the employer home in its breadcrumb (not "Home > Home")', async () => {
    const employer = await (await browser.newContext()).newPage();
    await employer.goto(`${t.baseUrl}/login`);
    await employer.getByLabel('Username (email address)').fill('hr@northfield.example');
    await employer.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await employer.getByRole('button', { name: 'Login' }).click();
    await employer.waitForURL(/\/home$/);
    expect(await employer.locator('.breadcrumbs').innerText()).toMatch(/^Home\s*>\s*Employer Home$/i);
    expect(await seriousAxeViolations(employer)).toEqual([]);
    await employer.context().close();
  });

  it('folds the header into one row with a Menu button on a phone', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${t.baseUrl}/home`);
    const header = page.locator('.site-header');
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Documents', exact: true }).first().isVisible()).toBe(false);
    // Brand and Menu button on one row: no taller than the logo row with its padding.
    expect((await header.boundingBox())!.height).toBeLessThan(110);
    await expectGoodAt(320);
    await shoot('candidate-home-phone');

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await shoot('candidate-home-phone-menu');
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    expect(await menu.getByRole('link', { name: 'Documents', exact: true }).isVisible()).toBe(true);
    expect(await menu.getByRole('link', { name: 'Enquiries', exact: true }).isVisible()).toBe(true);
    await expectGoodAt(320);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // At desktop width there is no button: the menu is one list, as before.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await menu.getByRole('link', { name: 'Documents', exact: true }).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
