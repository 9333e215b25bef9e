import { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../../support/app';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
  startAppOnPort,
} from '../../support/browser';
import { GOOD_PASSWORD } from '../../support/identity';
import { ADA_CERT, OrderingWorld, orderingWorld, TEST_CARDS } from '../../e2e/ordering/ordering-fixtures';

// In real Chromium: from a document card's Order Certificate to a paid order, through the basket, the
// five checkout steps and the Opayo simulator's card page; every page of ours axe-clean.
describe('Ordering a certificate reprint (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let w: OrderingWorld;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    t = await startAppOnPort({ env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  }

  it('orders, checks out in five steps, pays with a test card and sees the paid order', async () => {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(w.ada.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/home$/);

    await page.goto(`${t.baseUrl}/documents`);
    const card = page.locator('li.document', { hasText: ADA_CERT });
    await card.locator('summary').click();
    await card.getByRole('link', { name: 'Order Certificate' }).click();
    await page.waitForURL(/\/orders\/reprint\?certificate=/);
    expect(await page.locator('h1').innerText()).toBe('Document Reprint');
    await expectAccessible();

    // The form keeps the input and explains a problem.
    await page.getByLabel('Number of copies').fill('2');
    await page.getByLabel('Lost').check();
    await page.getByRole('button', { name: 'Add to Cart' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('one copy');
    await expectAccessible();
    await page.getByLabel('Number of copies').fill('1');
    await page.getByRole('button', { name: 'Add to Cart' }).click();

    // 1 Basket
    await page.waitForURL(/\/basket/);
    expect(await page.locator('.site-nav__basket').innerText()).toContain('1 item | £25.88');
    expect(await page.locator('table').innerText()).toContain(ADA_CERT);
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('Basket');
    await expectAccessible();
    await page.getByRole('link', { name: 'Checkout' }).click();

    // 2 Billing
    await page.waitForURL(/\/checkout\/billing$/);
    await expectAccessible();
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByLabel('Postcode').fill('ls1 4ap');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 3 Delivery
    await page.waitForURL(/\/checkout\/delivery$/).catch(async (error) => {
      throw new Error(`${error}\nstill at ${page.url()}: ${await page.locator('main').innerText()}`);
    });
    await expectAccessible();
    await page.getByLabel(/Same as billing/).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // 4 Delivery Options
    await page.waitForURL(/\/checkout\/delivery-options$/);
    await expectAccessible();
    await page.getByLabel(/Royal Mail Signed For 1st Class/).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // 5 Confirm
    await page.waitForURL(/\/checkout\/confirm$/);
    expect(await page.locator('main').innerText()).toContain('LS1 4AP');
    expect(await page.locator('main').innerText()).toContain('£29.38');
    await expectAccessible();
    await page.getByRole('button', { name: 'Confirm and pay' }).click();

    // The simulator's hosted card page (the provider's, not ours: checked for accessibility all the same).
    await page.waitForURL(/\/simulator\/opayo\/gateway\/service\/card-details/);
    expect(await page.locator('h1').innerText()).toBe('Pay £29.38');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Card number').fill(TEST_CARDS.success);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();

    // Back on the orders page, paid.
    await page.waitForURL(/\/orders\?confirmed=/);
    expect(await page.locator('.notice--success').innerText()).toMatch(/Order \d+ confirmed/);
    const row = page.locator('tbody tr').first();
    expect(await row.innerText()).toContain('Processing (Cleared payment)');
    expect(await row.innerText()).toMatch(/\{[0-9A-F-]+\}/);
    expect(await page.locator('.site-nav__basket').innerText()).toContain('0 items | £0.00');
    await expectAccessible();
    await row.getByRole('link', { name: /View/ }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').innerText()).toContain('Royal Mail Signed For 1st Class');
    await expectAccessible();

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${t.baseUrl}/orders`);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The one refusal is the form's answer to two copies (422), shown on the page.
    expect(consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
    ]);
  });

  it('after a declined card goes back to the payment step, and a retry with another card pays', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${t.baseUrl}/documents`);
    const card = page.locator('li.document', { hasText: ADA_CERT });
    await card.locator('summary').click();
    await card.getByRole('link', { name: 'Order POQ' }).click();
    await page.waitForURL(/\/orders\/reprint\?certificate=/);
    await page.getByLabel('Number of copies').fill('1');
    await page.getByLabel('Duplicate required').check();
    await page.getByRole('button', { name: 'Add to Cart' }).click();
    await page.waitForURL(/\/basket/);
    await page.getByRole('link', { name: 'Checkout' }).click();

    await page.waitForURL(/\/checkout\/billing$/);
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByLabel('Postcode').fill('LS1 4AP');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\/delivery$/);
    await page.getByLabel(/Same as billing/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\/delivery-options$/);
    await page.getByLabel(/Royal Mail Signed For 2nd Class/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\/confirm$/);
    await page.getByRole('button', { name: 'Confirm and pay' }).click();

    // A declined card: nothing taken, back to our payment step with the reason.
    await page.waitForURL(/\/simulator\/opayo\/gateway\/service\/card-details/);
    await page.getByLabel('Card number').fill(TEST_CARDS.declined);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\/payment/);
    expect(await page.locator('.notice--warning').innerText()).toContain('declined');
    await expectAccessible();

    // A new attempt, another card: paid.
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.waitForURL(/\/simulator\/opayo\/gateway\/service\/card-details/);
    await page.getByLabel('Card number').fill(TEST_CARDS.success);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.waitForURL(/\/orders\?confirmed=/);
    expect(await page.locator('.notice--success').innerText()).toMatch(/Order \d+ confirmed/);
    expect(await page.locator('tbody tr').first().innerText()).toContain('Processing (Cleared payment)');
    await expectAccessible();
  });
});
