// The Achievements pages in real Chromium: the Documents page and its actions menu (with and without
// JavaScript), the document card, a PDF download, Raise an Enquiry and the verification page, each
// checked with axe-core (no serious or critical violation) and without Content-Security-Policy refusals.
import { screenshotsDir } from '../support/screenshots';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';
import { staffToken } from '../support/identity';
import {
  achievement,
  Candidate,
  candidateWithToken,
  importAchievements,
} from '../e2e/achievements/achievements-fixtures';

const AFTER = '01702345-01-K7PD';
const BEFORE = '01626756-01-Q3NF';
const ACCREDITATION = '01890012-01-EV4T';

describe('Achievements pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let ada: Candidate;
  let staff: string;
  let context: BrowserContext;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort({ env: { TRUST_PROXY: 'true' } }), launchBrowser()]);
    staff = await staffToken(t);
    ada = await candidateWithToken(t, staff, '7300001', 'Ada', 'Lovelace');
    await importAchievements(t, staff, [
      achievement({ certificateNumber: AFTER, candidateNumber: '7300001' }),
      achievement({
        certificateNumber: BEFORE,
        candidateNumber: '7300001',
        title: 'Level 3 NVQ Diploma in Customer Service',
        qualificationNumber: '500/9349/6',
        issueDate: '2017-01-04',
      }),
      achievement({
        certificateNumber: ACCREDITATION,
        candidateNumber: '7300001',
        kind: 'accreditation',
        title: 'Accredited Electric Vehicle Technician',
        qualificationNumber: undefined,
        units: undefined,
        grade: undefined,
        issueDate: '2024-05-01',
        expiryDate: '2029-05-01',
      }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // The candidate's requests carry their bearer token, which the pages accept as they accept a login session.
  const candidateContext = (javaScriptEnabled = true) =>
    browser.newContext({
      javaScriptEnabled,
      acceptDownloads: true,
      extraHTTPHeaders: { Authorization: `Bearer ${ada.token}` },
    });

  beforeEach(async () => {
    context = await candidateContext();
  });

  afterEach(() => context.close());

  async function open(path: string): Promise<{ page: Page; consoleErrors: string[] }> {
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const res = await page.goto(`${t.baseUrl}${path}`);
    expect(res?.status()).toBe(200);
    return { page, consoleErrors };
  }

  it('shows the Documents page as the guide lays it out, accessible, and keeps a screenshot', async () => {
    const { page, consoleErrors } = await open('/documents');
    expect(await page.locator('h1').innerText()).toBe('Documents');
    expect(await page.locator('.breadcrumbs').innerText()).toMatch(
      /Home\s*>\s*Candidate Home\s*>\s*Documents/i,
    );
    const cards = page.locator('li.document');
    expect(await cards.count()).toBe(3);
    const first = cards.filter({ hasText: AFTER });
    for (const text of [
      'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      '600/6553/2',
      '7300001',
      '14 March 2018',
    ]) {
      expect(await first.innerText()).toContain(text);
    }
    expect(
      await page
        .locator('.actions-menu__toggle')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopStyle),
    ).toBe('solid');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Open the menu of the first card for the picture, then check it is accessible open too.
    await first.locator('summary').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await mkdir(screenshotsDir(), { recursive: true });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: join(screenshotsDir(), 'documents.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('opens the actions menu without JavaScript and shows the actions that do not apply with the reason', async () => {
    await context.close();
    context = await candidateContext(false);
    const { page } = await open('/documents');
    const before = page.locator('li.document', { hasText: BEFORE });
    const menu = before.locator('.actions-menu__panel');
    expect(await menu.isVisible()).toBe(false);
    await before.locator('summary').click();
    expect(await menu.isVisible()).toBe(true);
    for (const action of [
      'Details',
      'Share Qualification',
      'eCertificate',
      'eTranscript',
      'Order POQ',
      'Order Certificate',
      'Raise an Enquiry',
    ]) {
      expect(await menu.getByText(action, { exact: true }).count()).toBe(1);
    }
    expect(await menu.locator('a', { hasText: 'eCertificate' }).count()).toBe(0);
    expect(await menu.innerText()).toContain(
      'PDF versions are only available for certificates issued on or after 1 November 2017',
    );
    expect(await menu.locator('a', { hasText: 'Order Certificate' }).getAttribute('href')).toBe(
      `/orders/reprint?certificate=${BEFORE}&product=certificate-reprint`,
    );
  });

  it('keeps one actions menu open at a time, closed by Escape and by a click outside', async () => {
    const { page, consoleErrors } = await open('/documents');
    const menus = page.locator('details.actions-menu');
    const openMenus = page.locator('details.actions-menu[open]');
    await menus.nth(0).locator('summary').click();
    await menus.nth(1).locator('summary').click();
    expect(await openMenus.count()).toBe(1);
    expect(await menus.nth(1).evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await openMenus.count()).toBe(0);
    // Focus goes back to the menu's button, so a keyboard user is where they were.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('actions-menu__toggle');

    await menus.nth(2).locator('summary').click();
    expect(await openMenus.count()).toBe(1);
    await page.locator('h1').click();
    expect(await openMenus.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('opens the actions menu as a full-width sheet on a phone, accessible, with a Close button', async () => {
    const { page } = await open('/documents');
    await page.setViewportSize({ width: 320, height: 640 });
    const card = page.locator('li.document').nth(1);
    await card.locator('summary').click();
    const panel = card.locator('.actions-menu__panel');
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBe(0);
    expect(box!.width).toBe(320);
    expect(Math.round(box!.y + box!.height)).toBe(640);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('details.actions-menu[open]').count()).toBe(0);
  });

  it('shows the document card with Print and Close', async () => {
    const { page, consoleErrors } = await open('/documents');
    const card = page.locator('li.document', { hasText: AFTER });
    await card.locator('summary').click();
    await card.getByRole('link', { name: 'Details' }).click();
    await page.waitForURL(`**/documents/${AFTER}`);
    expect(await page.locator('h1').innerText()).toBe('Certificate Details');
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Close', exact: true }).getAttribute('href')).toBe(
      '/documents',
    );
    expect(await page.locator('.summary-list').innerText()).toContain('Northgate Training Centre');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The print stylesheet leaves out the menus and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('downloads the eCertificate PDF from the menu', async () => {
    const { page } = await open('/documents');
    const card = page.locator('li.document', { hasText: AFTER });
    await card.locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'eCertificate' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`eCertificate-${AFTER}.pdf`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('raises an enquiry from the card and shows what happens next', async () => {
    const { page, consoleErrors } = await open('/documents');
    const card = page.locator('li.document', { hasText: AFTER });
    await card.locator('summary').click();
    await card.getByRole('link', { name: 'Raise an Enquiry' }).click();
    await page.waitForURL(`**/documents/${AFTER}/enquiries/new`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // An empty message: the error summary links to the field, which keeps its label.
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('Tell us what is wrong');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('What looks wrong?').selectOption('grade');
    await page
      .getByLabel('Tell us what is wrong and what it should be')
      .fill('My grade should be Distinction, not Merit.');
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await page.waitForURL(/\/enquiries\/[0-9a-f-]{36}\?raised=1$/);
    expect(await page.locator('.notice--success').innerText()).toContain('Your enquiry has been sent');
    expect(await page.locator('.conversation').innerText()).toContain(
      'My grade should be Distinction, not Merit.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors.filter((message) => !/status of 400/.test(message))).toEqual([]);
  });

  it('shows the public verification page of a code', async () => {
    const code = (
      await t.http().get(`/api/v1/admin/achievements/${AFTER}`).set('Authorization', `Bearer ${staff}`)
    ).body.verificationCode;
    const visitor = await browser.newContext();
    try {
      const page = await visitor.newPage();
      await page.goto(`${t.baseUrl}/verify`);
      await page.getByLabel('Verification code').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.waitForURL('**/verify/**');
      expect(await page.locator('.verification__status').innerText()).toBe('Genuine and valid');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('checks an uploaded PDF and an Open Badges credential on the verification page: genuine, then changed', async () => {
    const pdf = (
      await t
        .http()
        .get(`/api/v1/me/achievements/${AFTER}/ecertificate.pdf`)
        .set('Authorization', `Bearer ${ada.token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;
    const visitor = await browser.newContext();
    try {
      const page = await visitor.newPage();
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(`${t.baseUrl}/verify`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page
        .getByLabel('PDF document or credential file')
        .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.waitForURL('**/verify/document**');
      expect(await page.locator('.verification__status').innerText()).toBe('Genuine and valid');
      const details = await page.locator('.summary-list').innerText();
      expect(details).toContain('Veri Awarding Body');
      expect(details).toContain('Ada Lovelace');
      expect(details).toContain(AFTER);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Check another document' }).click();
      const changed = Buffer.from(pdf);
      changed[changed.indexOf('\n') + 2] ^= 0x01;
      await page
        .getByLabel('PDF document or credential file')
        .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: changed });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.waitForURL('**/verify/document**');
      expect(await page.locator('.verification__status').innerText()).toBe('Changed since it was issued');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // A file that is not a PDF is named as such, on the form, with the error tied to the field.
      await page.goto(`${t.baseUrl}/verify`);
      await page
        .getByLabel('PDF document or credential file')
        .setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a') });
      await page.getByRole('button', { name: 'Check the file' }).click();
      expect(await page.locator('#file-error').innerText()).toContain('not a PDF');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(consoleErrors.filter((message) => !/status of 415/.test(message))).toEqual([]);

      // An Open Badges credential file is checked the same way, in the same words.
      const credential = (
        await t
          .http()
          .get(`/api/v1/me/achievements/${AFTER}/credential`)
          .set('Authorization', `Bearer ${ada.token}`)
      ).text;
      const upload = async (text: string) => {
        await page.goto(`${t.baseUrl}/verify`);
        await page.getByLabel('PDF document or credential file').setInputFiles({
          name: 'credential.json',
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        });
        await page.getByRole('button', { name: 'Check the file' }).click();
        await page.waitForURL('**/verify/document**');
        return page.locator('.verification__status').innerText();
      };
      expect(await upload(credential)).toBe('Genuine and valid');
      expect(await page.locator('.summary-list').innerText()).toContain('Ada Lovelace');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await upload(credential.replace('Ada Lovelace', 'Eve Lovelace'))).toBe(
        'Not a valid credential from us',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('fits a 320px wide screen without sideways scrolling', async () => {
    const { page } = await open('/documents');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('li.document').first().locator('summary').click();
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
