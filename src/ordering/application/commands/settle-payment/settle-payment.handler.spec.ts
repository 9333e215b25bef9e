import { clockAt, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { PaymentAttempt } from '../../../domain/payment-attempt';
import {
  aNotification,
  aPendingOrder,
  FakePaymentGateway,
  InMemoryOrders,
  InMemoryPaymentAttempts,
  SETTINGS,
} from '../../testing/in-memory-ordering';
import { SettlePayment } from './settle-payment.command';
import { SettlePaymentHandler } from './settle-payment.handler';

describe('SettlePaymentHandler', () => {
  const setUp = () => {
    const orders = new InMemoryOrders();
    const attempts = new InMemoryPaymentAttempts();
    const uow = new RecordingUnitOfWork(orders);
    const order = aPendingOrder();
    orders.has(order);
    const attempt = new PaymentAttempt(
      'att-1',
      order.id,
      'VERI-1001-AB12CD34EF',
      order.totalPence,
      new Date(),
    );
    attempt.registered('VPS-1', 'secret-key', 'https://pay.example/1');
    attempts.has(attempt);
    const handler = new SettlePaymentHandler(
      uow,
      orders,
      attempts,
      new FakePaymentGateway(),
      SETTINGS,
      clockAt('2026-11-30T09:05:00Z'),
    );
    const answer = async (fields: Record<string, string>) =>
      JSON.parse((await handler.execute(new SettlePayment('fake', fields))).body) as {
        verdict: string;
        redirectUrl: string;
      };
    return { order, attempt, attempts, uow, handler, answer };
  };

  it('marks the order paid once, however many copies of the notification arrive', async () => {
    const { order, attempt, uow, answer } = setUp();
    const first = await answer(aNotification(attempt, 'ok'));
    const repeat = await answer(aNotification(attempt, 'ok'));
    expect(first).toEqual({
      verdict: 'ok',
      redirectUrl: `https://veri.example/orders?confirmed=${order.id}`,
      detail: '',
    });
    expect(repeat.verdict).toBe('ok');
    expect(order).toMatchObject({
      status: 'paid',
      transactionReference: `VPS-${attempt.reference}`,
      paidAt: new Date('2026-11-30T09:05:00Z'),
    });
    expect(attempt.status).toBe('ok');
    expect(uow.eventNames()).toEqual(['ordering.order-paid']);
  });

  it('leaves a declined order payable, recording the failure, and sends the buyer back to try again', async () => {
    const { order, attempt, uow, answer } = setUp();
    const result = await answer(aNotification(attempt, 'notauthed'));
    expect(result.redirectUrl).toBe(`https://veri.example/orders/${order.id}/payment?outcome=notauthed`);
    expect(order.status).toBe('pending_payment');
    expect(attempt.status).toBe('notauthed');
    expect(uow.events).toEqual([expect.objectContaining({ orderId: order.id, outcome: 'notauthed' })]);
  });

  it('records an abandoned payment without an event', async () => {
    const { order, attempt, uow, answer } = setUp();
    await answer(aNotification(attempt, 'abort'));
    expect(order.status).toBe('pending_payment');
    expect(attempt.status).toBe('abort');
    expect(uow.events).toEqual([]);
  });

  it('refuses a notification with a wrong signature, or for an unknown transaction, and changes nothing', async () => {
    const { order, attempt, uow, answer } = setUp();
    expect((await answer(aNotification(attempt, 'ok', 'forged'))).verdict).toBe('invalid');
    expect((await answer({ ...aNotification(attempt, 'ok'), reference: 'VERI-9-X' })).verdict).toBe(
      'invalid',
    );
    expect((await answer({ outcome: 'ok' })).verdict).toBe('invalid');
    expect(order.status).toBe('pending_payment');
    expect(attempt.status).toBe('registered');
    expect(uow.events).toEqual([]);
  });

  it('answers a notification it cannot store with ERROR in the provider’s format, the order still payable', async () => {
    const { order, attempt, attempts, answer } = setUp();
    jest.spyOn(attempts, 'lockByReference').mockRejectedValue(new Error('connection refused'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await answer(aNotification(attempt, 'ok'))).toMatchObject({ verdict: 'error' });
    expect(order.status).toBe('pending_payment');
  });

  it('does not know a provider other than its own', async () => {
    const { attempt, handler } = setUp();
    await expect(
      handler.execute(new SettlePayment('paypal', aNotification(attempt, 'ok'))),
    ).rejects.toMatchObject({
      code: 'ORDERING.UNKNOWN_PAYMENT_PROVIDER',
    });
  });
});
