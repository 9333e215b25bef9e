// A checkout replayed with its Idempotency-Key (a client retrying after a time-out, a double submit)
// answers what the first request answered, payment page included, and registers no new payment with
// the provider. Real Opayo adapter against the simulator over HTTP, real Postgres.
import { OpayoSimulatorLedger } from '../../../src/ordering/infrastructure/simulator/opayo-simulator-ledger';
import { createTestApp, TestApp } from '../../support/app';
import { withDatabase } from '../../support/identity';
import {
  ADA_CERT,
  ADA_SECOND_CERT,
  as,
  OrderingWorld,
  orderingWorld,
  reprint,
  UK_ADDRESS,
} from '../../e2e/ordering/ordering-fixtures';

const REPLAYS = 20;
const CHECKOUT = { billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' };

describe('a replayed checkout', () => {
  let t: TestApp;
  let w: OrderingWorld;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
  });

  afterAll(() => t?.close());

  const registrations = () => t.app.get(OpayoSimulatorLedger).registrations;
  const attempts = (orderId: string) =>
    withDatabase(
      t,
      async (c) =>
        (await c.query('SELECT status FROM ordering_payment_attempts WHERE order_id = $1', [orderId])).rows,
    );
  const checkout = (key: string) =>
    as(t, w.ada.token).post('/api/v1/me/orders').set('Idempotency-Key', key).send(CHECKOUT);

  it(`${REPLAYS} at once with one key: one order, one payment registered, the same payment page for all`, async () => {
    await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_CERT)).expect(201);
    const before = registrations();

    const answers = await Promise.all(Array.from({ length: REPLAYS }, () => checkout('burst-1')));

    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    expect(new Set(answers.map((a) => a.body.orderId)).size).toBe(1);
    const urls = new Set(answers.map((a) => a.body.paymentUrl));
    expect([...urls]).toEqual([expect.stringContaining('/simulator/opayo/gateway/service/card-details?tx=')]);
    expect(registrations() - before).toBe(1);
    expect(await attempts(answers[0].body.orderId)).toEqual([{ status: 'registered' }]);
  });

  it(`${REPLAYS} one after another with one key: the first answer each time, nothing new registered`, async () => {
    await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_SECOND_CERT)).expect(201);
    const before = registrations();

    const first = await checkout('retry-1').expect(201);
    for (let n = 1; n < REPLAYS; n++) {
      const replay = await checkout('retry-1').expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
    }

    expect(registrations() - before).toBe(1);
    expect(await attempts(first.body.orderId)).toEqual([{ status: 'registered' }]);
    // A new attempt is still asked for explicitly, and is a new registration.
    const again = await as(t, w.ada.token)
      .post(`/api/v1/me/orders/${first.body.orderId}/payment`)
      .expect(200);
    expect(again.body.paymentUrl).not.toBe(first.body.paymentUrl);
    expect(registrations() - before).toBe(2);
  });
});
