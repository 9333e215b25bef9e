import request from 'supertest';
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import { GOOD_PASSWORD, withDatabase } from '../../support/identity';
import { statementsDuring } from '../../support/statements';
import {
  ADA_CERT,
  ADA_SECOND_CERT,
  BOB_CERT,
  OrderingWorld,
  orderingWorld,
  payOnSimulator,
  TEST_CARDS,
} from './ordering-fixtures';

// The candidate's ordering pages over HTTP with a browser-like session: the Document Reprint form, the
// basket, the five checkout steps, payment on the simulator and the orders pages.
describe('Ordering pages', () => {
  let t: TestApp;
  let w: OrderingWorld;
  let agent: request.Agent;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
    agent = t.agent();
    const login = await agent.get('/login');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfTokenIn(login.text), email: w.ada.email, password: GOOD_PASSWORD });
    expect(res.status).toBe(303);
  });

  afterAll(() => t.close());

  async function submit(path: string, form: Record<string, string | string[]>, from = path) {
    const page = await agent.get(from);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) ?? '', ...form });
  }

  const reprintUrl = (certificate: string, product = 'certificate-reprint') =>
    `/orders/reprint?certificate=${certificate}&product=${product}`;

  it("shows the Document Reprint form for the candidate's own achievement only", async () => {
    const page = await agent.get(reprintUrl(ADA_CERT)).expect(200);
    expect(page.text).toContain('Document Reprint');
    expect(page.text).toContain('Level 3 Diploma in Light Vehicle Maintenance and Repair Principles');
    expect(page.text).toContain('£25.88');
    await agent.get(reprintUrl(BOB_CERT)).expect(404);
    await agent.get(reprintUrl(ADA_CERT, 'mug')).expect(404);
  });

  it('keeps the input and explains the problem for a bad quantity or a missing reason', async () => {
    const two = await submit(
      '/orders/reprint',
      { certificate: ADA_CERT, product: 'certificate-reprint', quantity: '2', reason: 'lost' },
      reprintUrl(ADA_CERT),
    );
    expect(two.status).toBe(422);
    expect(two.text).toContain('There is a problem');
    expect(two.text).toContain('You can order one copy of each document: enter 1 as the number of copies.');
    expect(two.text).not.toContain('already in your basket');
    const letters = await submit(
      '/orders/reprint',
      { certificate: ADA_CERT, product: 'certificate-reprint', quantity: 'x', reason: 'lost' },
      reprintUrl(ADA_CERT),
    );
    expect(letters.status).toBe(400);
    const noReason = await submit(
      '/orders/reprint',
      { certificate: ADA_CERT, product: 'certificate-reprint', quantity: '1' },
      reprintUrl(ADA_CERT),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('href="#reason"');
  });

  it('adds to the basket; the header shows the count and total on candidate pages', async () => {
    const added = await submit(
      '/orders/reprint',
      { certificate: ADA_CERT, product: 'certificate-reprint', quantity: '1', reason: 'name_change' },
      reprintUrl(ADA_CERT),
    );
    expect(added.status).toBe(303);
    expect(added.headers.location).toBe('/basket?added=1');
    const basket = await agent.get('/basket?added=1').expect(200);
    expect(basket.text).toContain('Ref: ' + ADA_CERT);
    expect(basket.text).toContain('Reason: Name change');
    expect(basket.text).toMatch(/1 item \| £25\.88/);
    expect(basket.text).toContain('£4.31');
    // The header's basket lines, read by the basket page (one statement: items joined to their prices), are
    // kept until the basket or a price changes (ADR 0032): the next page sends none for them.
    const { statements, result: documents } = await statementsDuring(
      () => agent.get('/orders'),
      (sql) => (/ordering_(basket_items|products)/.test(sql) ? sql.trim().slice(0, 60) : undefined),
    );
    expect(documents.text).toMatch(/1 item \| £25\.88/);
    expect(statements).toEqual([]);

    const again = await submit(
      '/orders/reprint',
      { certificate: ADA_CERT, product: 'certificate-reprint', quantity: '1', reason: 'lost' },
      reprintUrl(ADA_CERT),
    );
    expect(again.status).toBe(422);
    expect(again.text).toContain('only one copy');
  });

  it('refuses a quantity other than 1 on update, and removes selected items', async () => {
    await submit(
      '/orders/reprint',
      {
        certificate: ADA_SECOND_CERT,
        product: 'poq-letter',
        quantity: '1',
        reason: 'other',
        reasonText: 'Visa application',
      },
      reprintUrl(ADA_SECOND_CERT, 'poq-letter'),
    );
    const basket = await withDatabase(
      t,
      async (c) =>
        (await c.query('SELECT id, certificate_number FROM ordering_basket_items ORDER BY added_at')).rows,
    );
    const letter = basket.find((b) => b.certificate_number === ADA_SECOND_CERT)!;
    const update = await submit('/basket', { action: 'update', [`quantity-${letter.id}`]: '2' }, '/basket');
    expect(update.status).toBe(422);
    expect(update.text).toContain(`href="#quantity-${letter.id}"`);
    const remove = await submit('/basket', { action: 'remove', selected: [letter.id] }, '/basket');
    expect(remove.status).toBe(303);
    expect((await agent.get('/basket')).text).not.toContain(ADA_SECOND_CERT);
  });

  it('goes through billing, delivery, delivery options and confirm, then pays on the simulator', async () => {
    const badBilling = await submit('/checkout/billing', {
      fullName: 'Ada Lovelace',
      line1: '1 High Street',
      town: 'Leeds',
      postcode: 'NOPE',
      country: 'GB',
    });
    expect(badBilling.status).toBe(400);
    expect(badBilling.text).toContain('Enter a real UK postcode');
    expect(badBilling.text).toContain('value="1 High Street"');
    const billing = await submit('/checkout/billing', {
      fullName: 'Ada Lovelace',
      line1: '1 High Street',
      town: 'Leeds',
      postcode: 'ls14ap',
      country: 'GB',
    });
    expect(billing.headers.location).toBe('/checkout/delivery');

    const deliveryPage = await agent.get('/checkout/delivery').expect(200);
    expect(deliveryPage.text).toContain('aria-current="step"');
    const delivery = await submit('/checkout/delivery', { destination: 'same' });
    expect(delivery.headers.location).toBe('/checkout/delivery-options');
    const options = await agent.get('/checkout/delivery-options').expect(200);
    expect(options.text).toContain('Royal Mail Signed For 2nd Class');
    expect(options.text).toContain('Royal Mail Signed For 1st Class: £3.50');
    expect(options.text).not.toContain('value="international"');
    const chosen = await submit('/checkout/delivery-options', {
      deliveryOption: 'royal-mail-signed-for-1st',
    });
    expect(chosen.headers.location).toBe('/checkout/confirm');

    const confirm = await agent.get('/checkout/confirm').expect(200);
    expect(confirm.text).toContain('LS1 4AP');
    expect(confirm.text).toContain('Same as billing');
    expect(confirm.text).toContain('£29.38');
    expect(confirm.text).toContain('href="/checkout/billing"');
    const formToken = /name="formToken" value="([^"]+)"/.exec(confirm.text)![1];
    const form = { _csrf: csrfTokenIn(confirm.text)!, formToken };
    const [first, second] = [
      await agent.post('/checkout/confirm').type('form').send(form),
      await agent.post('/checkout/confirm').type('form').send(form),
    ];
    expect(first.status).toBe(303);
    expect(first.headers.location).toContain('/simulator/opayo/gateway/service/card-details?tx=');
    expect(second.status).toBe(303);
    const orders = await withDatabase(
      t,
      async (c) =>
        (await c.query('SELECT id FROM ordering_orders WHERE idempotency_key = $1', [`web:${formToken}`]))
          .rows,
    );
    expect(orders).toHaveLength(1);

    const declined = await payOnSimulator(second.headers.location, { card: TEST_CARDS.declined });
    expect(declined.location).toBe(`${t.baseUrl}/orders/${orders[0].id}/payment?outcome=notauthed`);
    const retryPage = await agent.get(`/orders/${orders[0].id}/payment?outcome=notauthed`).expect(200);
    expect(retryPage.text).toContain('Your bank declined the payment');
    const retry = await agent
      .post(`/orders/${orders[0].id}/payment`)
      .type('form')
      .send({ _csrf: csrfTokenIn(retryPage.text) });
    expect(retry.status).toBe(303);
    const paid = await payOnSimulator(retry.headers.location, { card: TEST_CARDS.success });
    expect(paid.location).toBe(`${t.baseUrl}/orders?confirmed=${orders[0].id}`);

    const list = await agent.get(`/orders?confirmed=${orders[0].id}`).expect(200);
    expect(list.text).toMatch(/Order \d+ confirmed/);
    expect(list.text).toContain('Processing (Cleared payment)');
    expect(list.text).toMatch(/0 items \| £0\.00/);
    const detail = await agent.get(`/orders/${orders[0].id}`).expect(200);
    expect(detail.text).toContain('Royal Mail Signed For 1st Class');
  });

  it('offers only international delivery, with the explanation, for an address abroad', async () => {
    await submit(
      '/orders/reprint',
      { certificate: ADA_SECOND_CERT, product: 'certificate-reprint', quantity: '1', reason: 'damaged' },
      reprintUrl(ADA_SECOND_CERT),
    );
    await submit('/checkout/billing', {
      fullName: 'Ada Lovelace',
      line1: '1 High Street',
      town: 'Leeds',
      postcode: 'LS1 4AP',
      country: 'GB',
    });
    const noPostcode = await submit('/checkout/delivery', {
      destination: 'other',
      fullName: 'Ada Lovelace',
      line1: '3 rue de la Paix',
      town: 'Paris',
      country: 'FR',
    });
    expect(noPostcode.status).toBe(400);
    await submit('/checkout/delivery', {
      destination: 'other',
      fullName: 'Ada Lovelace',
      line1: '3 rue de la Paix',
      town: 'Paris',
      postcode: '75002',
      country: 'FR',
    });
    const options = await agent.get('/checkout/delivery-options').expect(200);
    expect(options.text).toContain('value="international"');
    expect(options.text).not.toContain('Signed For 1st Class');
    expect(options.text).toContain('our team will contact you');
    const wrong = await submit('/checkout/delivery-options', { deliveryOption: 'royal-mail-signed-for-1st' });
    expect(wrong.status).toBe(400);
  });

  it('offers the address book at the billing step', async () => {
    const saved = await t
      .http()
      .post('/api/v1/me/addresses')
      .set('Authorization', `Bearer ${w.ada.token}`)
      .send({
        label: 'Work',
        line1: '5 Park Row',
        town: 'Leeds',
        postcode: 'LS1 5HD',
        country: 'GB',
        isDefault: true,
      })
      .expect(201);
    const billing = await agent.get('/checkout/billing').expect(200);
    expect(billing.text).toContain('From your address book');
    expect(billing.text).toContain('Work, 5 Park Row, Leeds, LS1 5HD');
    const chosen = await submit('/checkout/billing', { savedAddress: saved.body.id, country: 'GB' });
    expect(chosen.headers.location).toBe('/checkout/delivery');
    const delivery = await agent.get('/checkout/delivery').expect(200);
    expect(delivery.text).toContain('Same as billing: 5 Park Row, Leeds, LS1 5HD');
  });

  it("answers 404 for another candidate's order pages", async () => {
    const bobsOrder = await withDatabase(
      t,
      async (c) => (await c.query('SELECT gen_random_uuid() AS id')).rows[0].id,
    );
    await agent.get(`/orders/${bobsOrder}`).expect(404);
    await agent.get(`/orders/${bobsOrder}/payment`).expect(404);
  });

  it('sends visitors who are not logged in to the login page', async () => {
    const res = await t.http().get('/basket');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });
});
