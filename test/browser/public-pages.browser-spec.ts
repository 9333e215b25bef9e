// The public pages in real Chromium: accessible (axe-core finds nothing serious or critical), no
// Content-Security-Policy refusals, usable at 320px wide and at 200% zoom, and the forms work
// without JavaScript.
import { Browser, BrowserContext } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
  startAppOnPort,
} from '../support/browser';

describe('public pages (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ javaScriptEnabled: true });
  });

  afterEach(() => context.close());

  for (const [name, path, heading] of [
    ['landing page', '/', 'Veri Awarding Body: digital certificates'],
    ['support page', '/support', 'Contact support'],
    ['FAQ page', '/faq', 'Frequently asked questions'],
    ['page not found', '/no-such-page', 'Page not found'],
  ]) {
    it(`the ${name} has no serious accessibility problem and breaks no security policy`, async () => {
      const page = await context.newPage();
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(`${t.baseUrl}${path}`);
      expect(await page.locator('h1').innerText()).toBe(heading);
      // The stylesheets really applied (a CSP refusal would leave the header unstyled).
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(11, 31, 58)',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      // The 404 page is itself answered with status 404, which Chromium reports in the console.
      expect(consoleErrors.filter((message) => !/status of 404/.test(message))).toEqual([]);
    });
  }

  it('the landing page fits a 320px wide screen without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${t.baseUrl}/`);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.goto(`${t.baseUrl}/faq`);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('the landing page still fits at 200% zoom on a 1280px screen', async () => {
    const zoomed = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    try {
      const page = await zoomed.newPage();
      await page.goto(`${t.baseUrl}/`);
      expect(await hasHorizontalScroll(page)).toBe(false);
    } finally {
      await zoomed.close();
    }
  });

  it('the skip link takes keyboard users to the content, with a visible focus ring', async () => {
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/support`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    // The fragment navigation reaches the test as a protocol event after the key press returns.
    await page.waitForURL(/#main-content$/);
  });

  it('the help section opens without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${t.baseUrl}/faq`);
      const help = page.locator('details.help');
      expect(await help.getAttribute('open')).toBeNull();
      await page.locator('summary.help__summary').click();
      expect(await help.getAttribute('open')).not.toBeNull();
      expect(await page.locator('.help__body').isVisible()).toBe(true);
    } finally {
      await noScript.close();
    }
  });
});
