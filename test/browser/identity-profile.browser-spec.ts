// The profile pages in real Chromium: photo upload (and a refused one), the address book's add, edit,
// make-default and remove, each page checked with axe-core (no serious or critical violation), without
// Content-Security-Policy refusals and without sideways scrolling on a phone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  hasHorizontalScroll,
  launchBrowser,
  pagePerTest,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';
import { GOOD_PASSWORD, staffToken } from '../support/identity';
import { activeCandidate, ActiveCandidate, picture } from '../e2e/identity/profile-fixtures';

describe('profile pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let page: Page;
  let candidate: ActiveCandidate;
  let files: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort(), launchBrowser()]);
    candidate = await activeCandidate(t, await staffToken(t), 5);
    files = await mkdtemp(join(tmpdir(), 'veri-profile-'));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  pagePerTest(
    () => browser,
    (p) => (page = p),
    /status of 4\d\d/,
  );

  beforeEach(async () => {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(candidate.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL('**/home');
  });

  async function expectAccessible(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('uploads a profile photo, shows it as a 350 x 350 picture, refuses an SVG, and removes it', async () => {
    await page.getByRole('link', { name: 'Profile' }).first().click();
    await page.waitForURL('**/profile');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/user profile/i);
    await expectAccessible();

    const photo = join(files, 'holiday.png');
    await writeFile(photo, await picture('png', 900, 600));
    await page.getByLabel('Add or change your photo').setInputFiles(photo);
    await page.getByRole('button', { name: 'Upload photo' }).click();
    await page.waitForURL('**/profile#your-photo');
    expect(await page.getByRole('status').first().innerText()).toContain('Your photo has been saved.');
    const image = page.getByRole('img', { name: 'Your profile photo' });
    await image.waitFor();
    expect(
      await image.evaluate((img: HTMLImageElement) => img.complete && [img.naturalWidth, img.naturalHeight]),
    ).toEqual([350, 350]);
    await expectAccessible();

    const svg = join(files, 'drawing.svg');
    await writeFile(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    await page.getByLabel('Add or change your photo').setInputFiles(svg);
    await page.getByRole('button', { name: 'Upload photo' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toContain('Choose a JPEG, PNG or WebP picture');
    await expectAccessible();
    // The summary's link takes the keyboard to the field.
    await page.locator('.error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('photo');

    await page.goto(`${t.baseUrl}/profile`);
    await page.getByRole('button', { name: 'Remove photo' }).click();
    await page.waitForURL('**/profile#your-photo');
    expect(await page.getByRole('img', { name: 'Your profile photo' }).count()).toBe(0);
  });

  it('keeps the address book: add (with a mistake first), edit, make default, remove', async () => {
    await page.goto(`${t.baseUrl}/profile`);
    await page.getByRole('link', { name: 'Add an address' }).click();
    await page.waitForURL('**/profile/addresses/new');
    await expectAccessible();

    await page.getByLabel('Label (optional)').fill('Home');
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByLabel('Postcode').fill('LS1 4A');
    await page.getByRole('button', { name: 'Add address' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('Enter a real UK postcode');
    expect(await page.getByLabel('Address line 1').inputValue()).toBe('1 High Street');
    await expectAccessible();
    await page.getByLabel('Postcode').fill('ls1 4ap');
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.waitForURL('**/profile#address-book');
    expect(await page.locator('#address-book').innerText()).toContain('LS1 4AP');

    await page.getByRole('link', { name: 'Add an address' }).click();
    await page.getByLabel('Label (optional)').fill('Work');
    await page.getByLabel('Address line 1').fill('Unter den Linden 5');
    await page.getByLabel('Town or city').fill('Berlin');
    await page.getByLabel('Postcode').fill('10117');
    await page.getByLabel('Country').selectOption('DE');
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.waitForURL('**/profile#address-book');
    await expectAccessible();

    await page.getByRole('link', { name: 'Edit Work' }).click();
    await page.waitForURL('**/edit');
    await expectAccessible();
    expect(await page.getByLabel('Country').inputValue()).toBe('DE');
    await page.getByLabel('Address line 2 (optional)').fill('Floor 3');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.waitForURL('**/profile#address-book');
    expect(await page.locator('#address-book').innerText()).toContain('Floor 3');

    await page.getByRole('button', { name: 'Make default Work' }).click();
    await page.waitForURL('**/profile#address-book');
    expect(await page.locator('.address-card').first().innerText()).toMatch(/Work\s+Default/);

    await page.getByRole('button', { name: 'Remove Home' }).click();
    await page.waitForURL('**/profile#address-book');
    expect(await page.locator('#address-book').innerText()).not.toContain('1 High Street');

    // A phone's width: nothing needs sideways scrolling.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${t.baseUrl}/profile`);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectAccessible();
  });
});
