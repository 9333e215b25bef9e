// The staff candidate page lists the candidate's recent orders (Ordering's public query), not only counts.
import { createTestApp, TestApp } from '../../support/app';
import { as, orderingWorld, OrderingWorld, reprint, UK_ADDRESS } from '../ordering/ordering-fixtures';

describe('staff candidate page: orders', () => {
  let t: TestApp;
  let w: OrderingWorld;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
  });

  afterAll(() => t?.close());

  it("shows the candidate's orders with their number, status and total", async () => {
    await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
    const placed = await as(t, w.ada.token)
      .post('/api/v1/me/orders')
      .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' })
      .expect(201);
    const order = await as(t, w.ada.token).get(`/api/v1/me/orders/${placed.body.orderId}`).expect(200);

    const page = await as(t, w.staff).get(`/admin/candidates/${w.ada.accountId}`).expect(200);
    expect(page.text).toContain('Most recent orders');
    expect(page.text).toContain(`<td data-label="ID">${order.body.number}</td>`);
    expect(page.text).toContain('£25.88');

    const other = await as(t, w.staff).get(`/admin/candidates/${w.bob.accountId}`).expect(200);
    expect(other.text).not.toContain('Most recent orders');
  });
});
