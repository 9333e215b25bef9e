import { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../../support/app';
import {
  collectConsoleErrors,
  hasHorizontalScroll,
  launchBrowser,
  seriousAxeViolations,
  startAppOnPort,
} from '../../support/browser';
import { createStaff, GOOD_PASSWORD, STAFF_PASSWORD, totpCode } from '../../support/identity';
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

  /** Waits for the page to reach `url`; on a timeout says where it is instead and what it shows. */
  async function arrive(url: RegExp): Promise<void> {
    await page.waitForURL(url).catch(async (error) => {
      throw new Error(`${error}\nstill at ${page.url()}: ${await page.locator('main').innerText()}`);
    });
  }

  /** The totals list of the basket, confirm or order page, as label -> what it reads. */
  async function totals(): Promise<Record<string, string>> {
    const rows = page.locator('.order-totals .summary-list__row');
    const read: Record<string, string> = {};
    for (const row of await rows.all())
      read[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd').innerText()).trim();
    return read;
  }

  async function expectAccessible(): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  }

  it('orders, checks out in five steps, pays with a test card and sees the paid order', async () => {
    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Username (email address)').fill(w.ada.email);
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await arrive(/\/home$/);

    await page.goto(`${t.baseUrl}/documents`);
    const card = page.locator('li.document', { hasText: ADA_CERT });
    await card.locator('summary').click();
    await card.getByRole('link', { name: 'Order Certificate' }).click();
    await arrive(/\/orders\/reprint\?certificate=/);
    expect(await page.locator('h1').innerText()).toBe('Document Reprint');
    await expectAccessible();

    // The form keeps the input and explains a problem.
    await page.getByLabel('Number of copies').fill('2');
    await page.getByLabel('Lost').check();
    await page.getByRole('button', { name: 'Add to Cart' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain(
      'You can order one copy of each document: enter 1 as the number of copies.',
    );
    await expectAccessible();
    await page.getByLabel('Number of copies').fill('1');
    await page.getByRole('button', { name: 'Add to Cart' }).click();

    // 1 Basket
    await arrive(/\/basket/);
    expect(await page.locator('.site-nav__basket').innerText()).toContain('1 item | £25.88');
    expect(await page.locator('table').innerText()).toContain(ADA_CERT);
    expect(await totals()).toEqual({
      Documents: '£25.88',
      Delivery: 'Chosen at checkout',
      'Total so far': '£25.88\nincludes VAT £4.31',
    });
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('Basket');
    await expectAccessible();
    await page.getByRole('link', { name: 'Checkout' }).click();

    // 2 Billing
    await arrive(/\/checkout\/billing$/);
    await expectAccessible();
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByLabel('Postcode').fill('ls1 4ap');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 3 Delivery
    await arrive(/\/checkout\/delivery$/);
    await expectAccessible();
    await page.getByLabel(/Same as billing/).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // 4 Delivery Options
    await arrive(/\/checkout\/delivery-options$/);
    await expectAccessible();
    await page.getByLabel(/Royal Mail Signed For 1st Class/).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // 5 Confirm
    await arrive(/\/checkout\/confirm$/);
    expect(await page.locator('main').innerText()).toContain('LS1 4AP');
    // Documents + delivery = total, as shown; the VAT is inside the total (the domain's one quote).
    expect(await totals()).toEqual({
      Documents: '£25.88',
      Delivery: '£3.50',
      'Total to pay': '£29.38\nincludes VAT £4.89',
    });
    await expectAccessible();
    await page.setViewportSize({ width: 320, height: 800 });
    await expectAccessible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Confirm and pay' }).click();

    // The simulator's hosted card page (the provider's, not ours: checked for accessibility all the same).
    await arrive(/\/simulator\/opayo\/gateway\/service\/card-details/);
    expect(await page.locator('h1').innerText()).toBe('Pay £29.38');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Card number').fill(TEST_CARDS.success);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();

    // Back on the orders page, paid.
    await arrive(/\/orders\?confirmed=/);
    expect(await page.locator('.notice--success').innerText()).toMatch(/Order \d+ confirmed/);
    const row = page.locator('tbody tr').first();
    expect(await row.innerText()).toContain('Processing (Cleared payment)');
    // The transaction reference as people read it: no braces around the provider's id.
    expect(await row.innerText()).toMatch(/\b[0-9A-F]{8}-[0-9A-F-]+\b/);
    expect(await page.locator('main').innerText()).not.toMatch(/[{}]/);
    expect(await page.locator('.site-nav__basket').innerText()).toContain('0 items | £0.00');
    await expectAccessible();
    await row.getByRole('link', { name: /View/ }).click();
    await arrive(/\/orders\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').innerText()).toContain('Royal Mail Signed For 1st Class');
    expect(await totals()).toEqual({
      Documents: '£25.88',
      Delivery: '£3.50',
      Total: '£29.38\nincludes VAT £4.89',
    });
    expect(await page.locator('main').innerText()).not.toMatch(/[{}]/);
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
    await arrive(/\/orders\/reprint\?certificate=/);
    await page.getByLabel('Number of copies').fill('1');
    await page.getByLabel('Duplicate required').check();
    await page.getByRole('button', { name: 'Add to Cart' }).click();
    await arrive(/\/basket/);
    await page.getByRole('link', { name: 'Checkout' }).click();

    await arrive(/\/checkout\/billing$/);
    await page.getByLabel('Address line 1').fill('1 High Street');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByLabel('Postcode').fill('LS1 4AP');
    await page.getByRole('button', { name: 'Continue' }).click();
    await arrive(/\/checkout\/delivery$/);
    await page.getByLabel(/Same as billing/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await arrive(/\/checkout\/delivery-options$/);
    await page.getByLabel(/Royal Mail Signed For 2nd Class/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await arrive(/\/checkout\/confirm$/);
    await page.getByRole('button', { name: 'Confirm and pay' }).click();

    // A declined card: nothing taken, back to our payment step with the reason.
    await arrive(/\/simulator\/opayo\/gateway\/service\/card-details/);
    await page.getByLabel('Card number').fill(TEST_CARDS.declined);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await arrive(/\/orders\/[0-9a-f-]{36}\/payment/);
    expect(await page.locator('.notice--warning').innerText()).toContain('declined');
    await expectAccessible();

    // A new attempt, another card: paid.
    await page.getByRole('button', { name: 'Pay now' }).click();
    await arrive(/\/simulator\/opayo\/gateway\/service\/card-details/);
    await page.getByLabel('Card number').fill(TEST_CARDS.success);
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await arrive(/\/orders\?confirmed=/);
    expect(await page.locator('.notice--success').innerText()).toMatch(/Order \d+ confirmed/);
    expect(await page.locator('tbody tr').first().innerText()).toContain('Processing (Cleared payment)');
    await expectAccessible();
  });

  it('lists the print batches for staff: number, created, by whom, orders, status, downloads, dispatch', async () => {
    const staffEmail = 'printroom@example.test';
    await createStaff(t, staffEmail);
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    const errors = collectConsoleErrors(staffPage);
    try {
      await staffPage.goto(`${t.baseUrl}/login`);
      await staffPage.getByLabel('Username (email address)').fill(staffEmail);
      await staffPage.getByLabel('Password').fill(STAFF_PASSWORD);
      await staffPage.getByRole('button', { name: 'Login' }).click();
      await staffPage.waitForURL('**/login/second-factor');
      await staffPage.getByLabel('Security code').fill(totpCode());
      await staffPage.getByRole('button', { name: 'Continue' }).click();
      await staffPage.waitForURL('**/admin');

      // The two paid orders of the tests above go into one batch.
      await staffPage.goto(`${t.baseUrl}/admin/orders`);
      await staffPage.getByRole('button', { name: 'Create print batch' }).click();
      await staffPage.waitForURL(/\/admin\/print-batches\/[0-9a-f-]{36}$/);

      const staffMenu = staffPage.getByRole('navigation', { name: 'Main menu' });
      await staffMenu.locator('summary', { hasText: 'Work' }).click();
      await staffMenu.getByRole('link', { name: 'Print Batches', exact: true }).click();
      await staffPage.waitForURL(/\/admin\/print-batches$/);
      expect(await staffPage.locator('h1').innerText()).toBe('Print batches');
      const row = staffPage.locator('tbody tr').first();
      const text = await row.innerText();
      expect(text).toMatch(/Batch \d+/);
      expect(text).toContain('Sam Staff');
      expect(text).toMatch(/\d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
      expect(text).toContain('Printing');
      expect(await row.getByRole('link', { name: /^CSV/ }).getAttribute('href')).toMatch(/export\.csv$/);
      expect(await row.getByRole('link', { name: /^Letters \(1\)/ }).getAttribute('href')).toMatch(
        /letters\.pdf$/,
      );
      expect(await row.getByRole('link', { name: /^Certificates \(1\)/ }).count()).toBe(1);
      expect(await seriousAxeViolations(staffPage)).toEqual([]);
      expect(await hasHorizontalScroll(staffPage)).toBe(false);
      await staffPage.setViewportSize({ width: 320, height: 800 });
      expect(await seriousAxeViolations(staffPage)).toEqual([]);
      expect(await hasHorizontalScroll(staffPage)).toBe(false);

      await row.getByRole('button', { name: /Mark dispatched/ }).click();
      await staffPage.waitForURL(/\/admin\/print-batches\/[0-9a-f-]{36}\?dispatched=1$/);
      await staffPage.goto(`${t.baseUrl}/admin/print-batches`);
      expect(await staffPage.locator('tbody tr').first().innerText()).toContain('Dispatched');
      expect(errors).toEqual([]);
    } finally {
      await staffContext.close();
    }
  });
});
