import { createTestApp, TestApp } from '../../support/app';
import { withDatabase } from '../../support/identity';
import {
  ADA_CERT,
  as,
  OrderingWorld,
  orderingWorld,
  reprint,
  UK_ADDRESS,
} from '../../e2e/ordering/ordering-fixtures';

// The races the database settles: concurrent requests against real Postgres.
describe('One copy per achievement, under concurrency', () => {
  let t: TestApp;
  let w: OrderingWorld;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
  });

  afterAll(() => t.close());

  it('accepts exactly one of 20 simultaneous requests for the same reprint', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint())),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 422)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 422))
      expect(r.body.error.code).toBe('ORDERING.ONE_PER_ACHIEVEMENT');
    const claims = await withDatabase(t, (c) =>
      c.query('SELECT count(*)::int AS n FROM ordering_reprint_claims WHERE certificate_number = $1', [
        ADA_CERT,
      ]),
    );
    expect(claims.rows[0].n).toBe(1);
  });

  it('the database refuses a second claim even if the domain check is bypassed', async () => {
    await expect(
      withDatabase(t, (c) =>
        c.query(
          "INSERT INTO ordering_reprint_claims (candidate_number, certificate_number, product_code, holder_id) VALUES ($1, $2, 'certificate-reprint', gen_random_uuid())",
          [w.ada.candidateNumber, ADA_CERT],
        ),
      ),
    ).rejects.toThrow(/ordering_reprint_claims_one_per_achievement/);
  });

  it('a double-submitted checkout with one idempotency key places one order', async () => {
    const body = { billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        as(t, w.ada.token).post('/api/v1/me/orders').set('Idempotency-Key', 'double-submit').send(body),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.orderId)).size).toBe(1);
    const orders = await as(t, w.ada.token).get('/api/v1/me/orders').expect(200);
    expect(orders.body.totalItems).toBe(1);
  });
});
