import { clockAt, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { PaymentUnavailableError } from '../../../domain/ordering.errors';
import {
  aPaidOrder,
  aPendingOrder,
  CANDIDATE,
  FakeCandidateDirectory,
  FakePaymentGateway,
  InMemoryOrders,
  InMemoryPaymentAttempts,
} from '../../testing/in-memory-ordering';
import { PaymentRegistrar } from '../../services/payment-registrar';
import { StartPayment } from './start-payment.command';
import { StartPaymentHandler } from './start-payment.handler';

describe('StartPaymentHandler', () => {
  const setUp = () => {
    const orders = new InMemoryOrders();
    const attempts = new InMemoryPaymentAttempts();
    const gateway = new FakePaymentGateway();
    const handler = new StartPaymentHandler(
      new RecordingUnitOfWork(orders),
      orders,
      attempts,
      new FakeCandidateDirectory(),
      new PaymentRegistrar(attempts, gateway, clockAt()),
    );
    return { orders, attempts, gateway, handler };
  };

  it('registers a new attempt for the order total and answers the provider’s payment page', async () => {
    const { orders, attempts, gateway, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);

    const { paymentUrl } = await handler.execute(new StartPayment(CANDIDATE.accountId, order.id));

    expect(attempts.all).toHaveLength(1);
    const [attempt] = attempts.all;
    expect(attempt.reference).toMatch(/^VERI-1001-[0-9A-F]{10}$/);
    expect(attempt).toMatchObject({
      orderId: order.id,
      amountPence: order.totalPence,
      status: 'registered',
      securityKey: `key-${attempt.reference}`,
    });
    expect(paymentUrl).toBe(`https://pay.example/${attempt.reference}`);
    expect(gateway.registrations).toEqual([
      expect.objectContaining({
        reference: attempt.reference,
        amountPence: order.totalPence,
        description: 'Order 1001: 1 printed document',
        customer: { firstName: 'Sam', surname: 'Eichen', email: CANDIDATE.email },
      }),
    ]);
  });

  it('gives each attempt its own reference', async () => {
    const { orders, attempts, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);
    await handler.execute(new StartPayment(CANDIDATE.accountId, order.id));
    await handler.execute(new StartPayment(CANDIDATE.accountId, order.id));
    expect(new Set(attempts.all.map((a) => a.reference)).size).toBe(2);
  });

  it('keeps the failed attempt and answers "payment unavailable" when the provider refuses', async () => {
    const { orders, attempts, gateway, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);
    gateway.failWith = new Error('connect ECONNREFUSED');
    await expect(handler.execute(new StartPayment(CANDIDATE.accountId, order.id))).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    expect(attempts.all[0]).toMatchObject({
      status: 'registration_failed',
      statusDetail: 'connect ECONNREFUSED',
    });
    expect(order.status).toBe('pending_payment');
  });

  it('refuses an order that is paid already, and someone else’s order, without calling the provider', async () => {
    const { orders, attempts, gateway, handler } = setUp();
    const paid = aPaidOrder();
    const theirs = aPendingOrder({ accountId: 'cand-2' });
    orders.has(paid, theirs);
    await expect(handler.execute(new StartPayment(CANDIDATE.accountId, paid.id))).rejects.toMatchObject({
      code: 'ORDERING.ORDER_NOT_PAYABLE',
    });
    await expect(handler.execute(new StartPayment(CANDIDATE.accountId, theirs.id))).rejects.toMatchObject({
      code: 'ORDERING.ORDER_NOT_FOUND',
    });
    expect(attempts.all).toHaveLength(0);
    expect(gateway.registrations).toHaveLength(0);
  });

  it('answers a replay of the same checkout with the first payment page, registering nothing new', async () => {
    const { orders, attempts, gateway, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);
    const first = await handler.execute(new StartPayment(CANDIDATE.accountId, order.id, 'checkout-1'));
    const replay = await handler.execute(new StartPayment(CANDIDATE.accountId, order.id, 'checkout-1'));
    expect(replay).toEqual(first);
    expect(attempts.all).toHaveLength(1);
    expect(gateway.registrations).toHaveLength(1);
    // Another key (or none) is another attempt.
    await handler.execute(new StartPayment(CANDIDATE.accountId, order.id, 'checkout-2'));
    expect(gateway.registrations).toHaveLength(2);
  });

  it('answers a replay of a checkout whose registration failed with the same failure, without retrying', async () => {
    const { orders, gateway, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);
    gateway.failWith = new Error('connect ECONNREFUSED');
    const replay = () => handler.execute(new StartPayment(CANDIDATE.accountId, order.id, 'checkout-1'));
    await expect(replay()).rejects.toBeInstanceOf(PaymentUnavailableError);
    gateway.failWith = null;
    await expect(replay()).rejects.toBeInstanceOf(PaymentUnavailableError);
    expect(gateway.registrations).toHaveLength(1);
  });
});
