// The staff back office in real Chromium: staff login with TOTP, authorising a pending registration
// from the home page, search, the candidate page with suspend and reinstate, importing a CSV with a
// bad row and reading its report, and editing an FAQ entry seen on the public FAQ page. Each page is
// checked with axe-core (no serious or critical violation) and without Content-Security-Policy refusals.
import { Browser, Page } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../support/app';
import {
  hasHorizontalScroll,
  launchBrowser,
  pagePerTest,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';
import {
  createStaff,
  GOOD_PASSWORD,
  importRecords,
  newClientAddress,
  STAFF_PASSWORD,
  staffToken,
  totpCode,
} from '../support/identity';
import { achievement, importAchievements } from '../e2e/achievements/achievements-fixtures';

const STAFF = [
  'registrations.staff',
  'support.staff',
  'records.staff',
  'content.staff',
  'menu.staff',
  'achievements.staff',
] as const;

describe('Back office (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort({ env: { TRUST_PROXY: 'true' } }), launchBrowser()]);
    folder = await mkdtemp(join(tmpdir(), 'veri-back-office-'));
    const token = await staffToken(t, 'records.keeper@example.test');
    await importRecords(t, token, [
      { candidateNumber: '9100001', firstName: 'Rosalind', surname: 'Franklin', dateOfBirth: '1980-07-25' },
    ]);
    await importAchievements(t, token, [
      achievement({
        certificateNumber: '91000011-01-XRAY',
        candidateNumber: '9100001',
        fullName: 'Rosalind Franklin',
      }),
    ]);
    // Her married name does not match the record: the registration waits for staff.
    const res = await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send({
        email: 'rosalind@example.test',
        password: GOOD_PASSWORD,
        candidateNumber: 'NA',
        firstName: 'Rosalind',
        surname: 'Franklin-Smith',
        dateOfBirth: '1980-07-25',
      });
    if (res.body.status !== 'pending_authorisation')
      throw new Error(`Expected a pending registration: ${JSON.stringify(res.body)}`);
    // One staff member per test: a TOTP code is accepted once per account, and only near its time step.
    for (const name of STAFF) await createStaff(t, `${name}@example.test`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  pagePerTest(
    () => browser,
    (p) => (page = p),
  );

  async function expectGoodPage(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  }

  /** A link of the header menu (the footer has some of the same names). */
  const menu = (name: string) =>
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name, exact: true });

  /** Opens the menu group (Work, Records, Settings) and follows one of its links. */
  async function fromMenu(group: string, name: string): Promise<void> {
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.locator('summary', { hasText: group }).click();
    await menu(name).click();
  }

  async function logIn(name: (typeof STAFF)[number]): Promise<void> {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(`${name}@example.test`);
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL('**/login/second-factor');
    await page.getByLabel('Security code').fill(totpCode());
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/admin');
  }

  it('logs in with TOTP and authorises a pending registration from the home page', async () => {
    await logIn('registrations.staff');
    expect(await page.locator('h1').innerText()).toBe('Staff home');
    await expectGoodPage();
    await page.getByRole('link', { name: /1 Registrations waiting for authorisation/ }).click();
    await page.waitForURL('**/admin/registrations');
    await page.getByRole('link', { name: /Review/ }).click();
    await page.getByLabel('Candidate number to link').fill('9100001');
    await page.getByRole('button', { name: 'Approve and link' }).click();
    await page.waitForURL('**/admin/registrations');
    expect(await page.locator('.notice').innerText()).toContain('Approved');
    await menu('Home').click();
    await page.waitForURL(/\/admin$/);
    expect(await page.getByRole('link', { name: /0 Registrations waiting for authorisation/ }).count()).toBe(
      1,
    );
  }, 60_000);

  it('groups the staff menu in Work, Records and Settings: one group open at a time, Escape closes it', async () => {
    await logIn('menu.staff');
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    const summaries = await nav.locator('summary').allInnerTexts();
    expect(summaries.map((text) => text.trim())).toEqual(['Work', 'Records', 'Settings']);
    expect(await menu('Registrations').isVisible()).toBe(false);
    await nav.locator('summary', { hasText: 'Work' }).click();
    expect(await menu('Registrations').isVisible()).toBe(true);
    await nav.locator('summary', { hasText: 'Settings' }).click();
    expect(await menu('Registrations').isVisible()).toBe(false);
    expect(await menu('Audit').isVisible()).toBe(true);
    await expectGoodPage();
    await page.keyboard.press('Escape');
    expect(await menu('Audit').isVisible()).toBe(false);
    // One row of menu on a desktop screen.
    const heights = await nav
      .locator('.site-nav__list > li')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(heights).size).toBe(1);
    // On a phone the groups open in place, in the Menu.
    await page.setViewportSize({ width: 320, height: 640 });
    await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.locator('summary', { hasText: 'Records' }).click();
    expect(await menu('Search').isVisible()).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectGoodPage();
  });

  it('corrects an achievement, then revokes it after a confirmation step', async () => {
    await logIn('achievements.staff');
    await page.goto(`${t.baseUrl}/admin/achievements/91000011-01-XRAY`);
    await expectGoodPage();
    // A refusal keeps what was typed.
    await page.getByLabel('Grade (optional)').fill('Distinction');
    await page.getByLabel('Issue date').fill('31 February 2018');
    await page.getByRole('button', { name: 'Save the corrected details' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('real date');
    expect(await page.getByLabel('Grade (optional)').inputValue()).toBe('Distinction');
    await expectGoodPage();
    await page.getByLabel('Issue date').fill('14 March 2018');
    await page.getByLabel('Why the details are corrected').fill('The awarding records say Distinction');
    await page.getByRole('button', { name: 'Save the corrected details' }).click();
    await page.waitForURL(/done=corrected/);
    expect(await page.locator('.notice').innerText()).toContain('corrected');
    expect(await page.getByLabel('Grade (optional)').inputValue()).toBe('Distinction');

    await page.getByLabel('Why it is revoked').fill('Issued in error');
    await page.getByRole('button', { name: /^Revoke/ }).click();
    expect(await page.locator('h1').innerText()).toBe('Revoke 91000011-01-XRAY?');
    await expectGoodPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await expectGoodPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.waitForURL(/done=revoked/);
    expect(await page.locator('.summary-list').innerText()).toMatch(/Revoked[\s\S]*Issued in error/);
    expect(await page.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);

    await fromMenu('Settings', 'Audit');
    const trail = await page.locator('tbody').innerText();
    expect(trail).toContain('achievements.achievement-revoked');
    expect(trail).toContain('reason: The awarding records say Distinction');
  });

  it('searches a candidate, suspends and reinstates the account', async () => {
    await logIn('support.staff');
    await page.getByLabel('Search candidates and achievements').fill('9100001');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/admin/search?q=9100001');
    await expectGoodPage();
    await page.getByRole('link', { name: 'Rosalind Franklin-Smith' }).click();
    await page.waitForURL('**/admin/candidates/*');
    await expectGoodPage();
    await page.getByRole('button', { name: 'Suspend account' }).click();
    expect(await page.locator('.notice').innerText()).toContain('Suspended');
    expect(await page.locator('.summary-list').innerText()).toContain('Suspended');
    await page.getByRole('button', { name: 'Reinstate account' }).click();
    expect(await page.locator('.notice').innerText()).toContain('Reinstated');
    await expectGoodPage();
    await fromMenu('Settings', 'Audit');
    await page.waitForURL('**/admin/audit');
    expect(await page.locator('table').innerText()).toContain('identity.account-suspended');
    await expectGoodPage();
  }, 60_000);

  it('imports a CSV with a bad row and reads the report', async () => {
    const file = join(folder, 'records.csv');
    await writeFile(
      file,
      'candidateNumber,firstName,surname,dateOfBirth,email,telephone\n9100002,Ada,Byron,1960-12-10,,\n9100003,No,Date,,,\n',
    );
    await logIn('records.staff');
    await fromMenu('Records', 'Records');
    await page.waitForURL('**/admin/records');
    await expectGoodPage();
    await page.getByLabel('What the file holds').selectOption('candidate-records');
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/admin\/records\/[0-9a-f-]+$/);
    expect(await page.locator('.notice').innerText()).toContain(
      '1 added, 0 updated, 0 unchanged, 1 rejected',
    );
    expect(await page.locator('table').innerText()).toMatch(/^2\s/m);
    await expectGoodPage();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the rejected rows (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rejected-rows-.*\.csv$/);
  }, 60_000);

  it('edits an FAQ entry and sees it on the public FAQ page', async () => {
    await logIn('content.staff');
    await fromMenu('Settings', 'FAQ');
    await page.waitForURL('**/admin/faq');
    await expectGoodPage();
    await page.getByRole('link', { name: /^Edit/ }).first().click();
    await page.getByLabel('Question').fill('How do I register, step by step?');
    await page
      .getByLabel('Answer')
      .fill('Follow the **three steps**. <script>alert(1)</script> [bad](javascript:alert(1))');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL('**/admin/faq');
    expect(await page.locator('.notice').innerText()).toContain('saved');
    await page.goto(`${t.baseUrl}/faq`);
    expect(await page.locator('main').innerText()).toContain('How do I register, step by step?');
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await expectGoodPage();
  }, 60_000);
});
