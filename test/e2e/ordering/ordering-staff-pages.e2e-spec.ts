import request from 'supertest';
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import { queuedEmails, STAFF_PASSWORD, totpCode } from '../../support/identity';
import {
  ADA_CERT,
  as,
  OrderingWorld,
  orderingWorld,
  payOnSimulator,
  reprint,
  TEST_CARDS,
  UK_ADDRESS,
} from './ordering-fixtures';

// Staff fulfilment and catalogue pages: paid orders, a print batch, its CSV, dispatch; prices.
describe('Ordering staff pages', () => {
  let t: TestApp;
  let w: OrderingWorld;
  let staff: request.Agent;

  async function submit(agent: request.Agent, path: string, form: Record<string, string>, from = path) {
    const page = await agent.get(from);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) ?? '', ...form });
  }

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
    staff = t.agent();
    await submit(staff, '/login', { email: 'staff-1@example.test', password: STAFF_PASSWORD });
    // The bearer login of the fixtures used this step's code: the next step's is accepted too.
    const second = await submit(staff, '/login/second-factor', { code: totpCode(undefined, 1) });
    expect(second.headers.location).toBe('/admin');
  });

  afterAll(() => t.close());

  it('lists paid orders, makes a print batch, serves its CSV and dispatches it', async () => {
    await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_CERT)).expect(201);
    const placed = await as(t, w.ada.token)
      .post('/api/v1/me/orders')
      .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' })
      .expect(201);
    await payOnSimulator(placed.body.paymentUrl, { card: TEST_CARDS.success });

    const list = await staff.get('/admin/orders').expect(200);
    expect(list.text).toContain('Orders to print');
    expect(list.text).toContain('Royal Mail Signed For 2nd Class');
    const created = await submit(staff, '/admin/print-batches', {}, '/admin/orders');
    expect(created.status).toBe(303);
    const batchPage = await staff.get(created.headers.location).expect(200);
    expect(batchPage.text).toMatch(/Print batch \d+/);
    expect(batchPage.text).toContain(`/certificates/${ADA_CERT}/ecertificate.pdf`);
    const pdf = await staff
      .get(`${created.headers.location}/certificates/${ADA_CERT}/ecertificate.pdf`)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const csv = await staff.get(`${created.headers.location}/export.csv`).expect(200);
    expect(csv.text).toContain(ADA_CERT);
    expect(csv.text).toContain('LS1 4AP');

    const empty = await submit(staff, '/admin/print-batches', {}, '/admin/orders');
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('There are no paid orders waiting to be printed');

    const dispatched = await submit(
      staff,
      `${created.headers.location}/dispatch`,
      {},
      created.headers.location,
    );
    expect(dispatched.status).toBe(303);
    expect((await staff.get(dispatched.headers.location)).text).toContain('marked dispatched');
    expect((await queuedEmails(t, w.ada.email)).map((e) => e.template)).toContain('order-dispatched');
  });

  it('edits prices, refusing malformed ones', async () => {
    const page = await staff.get('/admin/catalogue').expect(200);
    expect(page.text).toContain('value="25.88"');
    const fields: Record<string, string> = {};
    for (const [, name, value] of page.text.matchAll(
      /name="((?:products|deliveryOptions)-\d-\w+)" type="text" value="([^"]*)"/g,
    ))
      fields[name] = value;
    const bad = await submit(staff, '/admin/catalogue', { ...fields, 'products-0-price': '25.8x' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#products-0-price"');
    const ok = await submit(staff, '/admin/catalogue', { ...fields, 'products-0-price': '26.50' });
    expect(ok.headers.location).toBe('/admin/catalogue?saved=1');
    expect((await t.http().get('/api/v1/catalogue')).body.products[0].price.amountPence).toBe(2650);
  });

  it('is for staff only', async () => {
    const res = await t.http().get('/admin/orders');
    expect(res.status).toBe(303);
  });
});
