// Identity's pages in real Chromium: the three-step registration with Previous, login with Remember me,
// the candidate dashboard and logout, each page checked with axe-core (no serious or critical violation)
// and without Content-Security-Policy refusals.
import { screenshotsDir } from '../support/screenshots';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  hasHorizontalScroll,
  launchBrowser,
  pagePerTest,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';
import { GOOD_PASSWORD, importRecords, lastLinkToken, staffToken } from '../support/identity';

describe('Identity pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort(), launchBrowser()]);
    await importRecords(t, await staffToken(t), [
      { candidateNumber: '8000001', firstName: 'Émilie', surname: 'du Châtelet', dateOfBirth: '1986-12-17' },
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  pagePerTest(
    () => browser,
    (p, c) => ([page, context] = [p, c]),
  );

  async function expectAccessible(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('registers a candidate in three steps; Previous loses nothing', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('link', { name: 'Register as a candidate' }).click();
    await page.waitForURL('**/register/candidate/login');
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('Login');
    await expectAccessible();

    // A mistake first: the error summary links to the field.
    await page.getByLabel('Email address').fill('emilie@example.test');
    await page.getByLabel('Password', { exact: true }).fill('too short');
    await page.getByLabel('Confirm password').fill('too short');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('at least 15 characters');
    await expectAccessible();
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByLabel('Confirm password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/register/candidate/profile');
    await expectAccessible();
    await page.getByLabel('Candidate number').fill('NA');
    await page.getByLabel('First name').fill('Emilie');
    await page.getByLabel('Surname').fill('Du Chatelet');
    await page.getByLabel('Mobile number (optional)').fill('07700 900321');
    await page.getByLabel('Day').fill('17');
    await page.getByLabel('Month').fill('12');
    await page.getByLabel('Year').fill('1986');

    // Previous, then forward again: everything typed is still there.
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForURL('**/register/candidate/login');
    expect(await page.getByLabel('Email address').inputValue()).toBe('emilie@example.test');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/register/candidate/profile');
    expect(await page.getByLabel('Surname').inputValue()).toBe('Du Chatelet');
    expect(await page.getByLabel('Year').inputValue()).toBe('1986');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/register/candidate/confirm');
    expect(await page.locator('.summary-list').innerText()).toContain('17 December 1986');
    await expectAccessible();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForURL('**/register/candidate/profile');
    expect(await page.getByLabel('First name').inputValue()).toBe('Emilie');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Submit' }).click();

    await page.waitForURL('**/register/check-your-email');
    expect(await page.locator('h1').innerText()).toBe('Check your email');
    await expectAccessible();
  });

  it('logs in with Remember me, shows the dashboard, and logs out', async () => {
    // Confirm the address with the emailed link, as the candidate would.
    const token = await lastLinkToken(t, 'emilie@example.test', 'verifyUrl');
    await page.goto(`${t.baseUrl}/verify-email?token=${token}`);
    await expectAccessible();
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    expect(await page.locator('h1').innerText()).toBe('Email address confirmed');

    await page.goto(`${t.baseUrl}/`);
    const box = page.locator('.landing__login');
    await box.getByLabel('Username (email address)').fill('emilie@example.test');
    await box.getByLabel('Password').fill(GOOD_PASSWORD);
    await box.getByLabel('Remember me').check();
    await box.getByRole('button', { name: 'Login' }).click();

    await page.waitForURL('**/home');
    expect(await page.locator('h1').innerText()).toBe('Your candidate dashboard');
    expect(await page.locator('.tiles > li').count()).toBe(7);
    expect(await page.locator('.site-nav').innerText()).toMatch(
      /Candidate Home[\s\S]*Documents[\s\S]*Connections[\s\S]*Profile[\s\S]*Orders[\s\S]*Enquiries[\s\S]*Support[\s\S]*FAQ[\s\S]*Logout/,
    );
    const session = (await context.cookies()).find((cookie) => cookie.name === 'veri.sid')!;
    expect(session.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    await expectAccessible();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize({ width: 1200, height: 900 });
    await mkdir(screenshotsDir(), { recursive: true });
    await page.screenshot({
      path: join(screenshotsDir(), 'candidate-dashboard.png'),
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Logout' }).click();
    await page.waitForURL('**/login?loggedOut=1');
    expect(await page.locator('.notice').innerText()).toContain('You have logged out');
    await page.goto(`${t.baseUrl}/home`);
    await page.waitForURL('**/login?returnTo=%2Fhome');
    await expectAccessible();
  });

  it('logs in without Remember me with a cookie that ends with the browser', async () => {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill('emilie@example.test');
    await page.getByLabel('Password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL('**/home');
    const session = (await context.cookies()).find((cookie) => cookie.name === 'veri.sid')!;
    expect(session.expires).toBe(-1);
  });
});
