// The small pages around registration and emailed links, in real Chromium: the employer's "check your
// email" page in employer words, the unverified-email login error with "Send the link again", a
// password link checked when it is opened, and the public "Check a document" form that keeps a mistyped
// code and says something for an empty one. Each page axe-clean at desktop width and at 320 px.
import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  hasHorizontalScroll,
  launchBrowser,
  pagePerTest,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';
import { GOOD_PASSWORD, lastLinkToken, queuedEmails } from '../support/identity';

describe('Registration, login and link pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  pagePerTest(
    () => browser,
    (p) => (page = p),
    /status of 40[034]/,
  );

  async function expectGoodAtBothWidths(): Promise<void> {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  it('tells an employer what happens next in employer words, then offers the link again at login', async () => {
    await page.goto(`${t.baseUrl}/register/third-party`);
    await page.getByLabel('First name').fill('Erin');
    await page.getByLabel('Surname').fill('Employer');
    await page.getByLabel('Company or organisation').fill('Northfield Motors Ltd');
    await page.getByLabel('Email address').fill('erin@northfield.example');
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByLabel('Confirm password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/register/check-your-email');
    const main = await page.locator('main').innerText();
    expect(main).toContain('documents candidates share with you');
    expect(main).not.toContain('matched our records');
    expect(main).not.toContain('our staff will do so');
    expect(await page.locator('.breadcrumbs').innerText()).toMatch(/employer registration/i);
    await expectGoodAtBothWidths();

    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill('erin@northfield.example');
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('confirm your email address');
    const again = page.getByRole('button', { name: 'Send the link again' });
    await expectGoodAtBothWidths();
    const before = (await queuedEmails(t, 'erin@northfield.example')).length;
    await again.click();
    await page.waitForURL('**/verify-email/resend');
    expect(await page.locator('[role="status"]').innerText()).toContain('erin@northfield.example');
    expect((await queuedEmails(t, 'erin@northfield.example')).length).toBeGreaterThan(before);
    await expectGoodAtBothWidths();
  });

  it('checks a password link when it is opened: a used or unknown link says so before any typing', async () => {
    await page.goto(`${t.baseUrl}/reset-password?token=not-a-real-link`);
    expect(await page.locator('h1').innerText()).toBe('This link does not work');
    expect(await page.locator('main').innerText()).toContain('works once, for 1 hour');
    expect(await page.getByLabel('New password', { exact: true }).count()).toBe(0);
    await expectGoodAtBothWidths();
    await page.getByRole('link', { name: 'Get a new password reset link' }).click();
    await page.waitForURL('**/forgotten-password');

    // A real link opens the form; once used, opening it again shows the same clear page.
    await page.goto(`${t.baseUrl}/register/third-party`);
    await page.getByLabel('First name').fill('Rhys');
    await page.getByLabel('Surname').fill('Reset');
    await page.getByLabel('Company or organisation').fill('Westgate Ltd');
    await page.getByLabel('Email address').fill('rhys@westgate.example');
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByLabel('Confirm password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/register/check-your-email');
    await page.goto(`${t.baseUrl}/forgotten-password`);
    await page.getByLabel('Email address').fill('rhys@westgate.example');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.locator('[role="status"]').waitFor();
    const token = await lastLinkToken(t, 'rhys@westgate.example', 'resetUrl');
    await page.goto(`${t.baseUrl}/reset-password?token=${token}`);
    const newPassword = 'another long passphrase 2027';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Save password' }).click();
    expect(await page.locator('h1').innerText()).toBe('Your password has been changed');
    await page.goto(`${t.baseUrl}/reset-password?token=${token}`);
    expect(await page.locator('h1').innerText()).toBe('This link does not work');
  });

  it('says something for an empty code and keeps a mistyped one on "not found"', async () => {
    await page.goto(`${t.baseUrl}/verify`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await page.locator('.error-summary').innerText()).toContain(
      'Enter the verification code printed on the document',
    );
    await expectGoodAtBothWidths();

    await page.getByLabel('Verification code').fill('K7Q2-9XMD-4RTP-H3WX');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await page.locator('h1').innerText()).toBe('Document not found');
    expect(await page.getByLabel('Verification code').inputValue()).toBe('K7Q2-9XMD-4RTP-H3WX');
    await expectGoodAtBothWidths();
  });
});
