import { clockAt, RecordingOutbox, RecordingUnitOfWork } from '../../../../shared/application/testing';
import {
  aBasketItem,
  CANDIDATE,
  FakeCandidateDirectory,
  FakePaymentGateway,
  InMemoryBaskets,
  InMemoryCatalogue,
  InMemoryOrders,
  InMemoryPaymentAttempts,
  InMemoryReprintClaims,
  SETTINGS,
} from '../../testing/in-memory-ordering';
import { CANCEL_UNPAID_ORDER_TOPIC } from '../../services/job-topics';
import { PaymentRegistrar } from '../../services/payment-registrar';
import { Checkout } from './checkout.command';
import { CheckoutHandler } from './checkout.handler';

describe('CheckoutHandler', () => {
  const address = { line1: '1 High Street', town: 'Leeds', postcode: 'ls1 4ap', country: 'GB' };
  const setUp = () => {
    const orders = new InMemoryOrders();
    const baskets = new InMemoryBaskets();
    const claims = new InMemoryReprintClaims();
    const directory = new FakeCandidateDirectory();
    const attempts = new InMemoryPaymentAttempts();
    const gateway = new FakePaymentGateway();
    const outbox = new RecordingOutbox();
    const uow = new RecordingUnitOfWork(orders, baskets);
    const clock = clockAt('2026-11-30T09:00:00Z');
    const handler = new CheckoutHandler(
      uow,
      baskets,
      claims,
      new InMemoryCatalogue(),
      orders,
      attempts,
      directory,
      new PaymentRegistrar(attempts, gateway, clock),
      outbox,
      SETTINGS,
      clock,
    );
    return { orders, baskets, claims, directory, attempts, gateway, outbox, uow, handler };
  };
  const place = (key: string | null = null, input: Partial<Checkout['input']> = {}) =>
    new Checkout(
      CANDIDATE.accountId,
      { billingAddress: address, deliveryOption: 'royal-mail-signed-for-1st', ...input },
      key,
    );

  it('freezes the basket into a pending order, empties the basket, moves the claims and queues the timeout', async () => {
    const { orders, baskets, claims, outbox, uow, handler } = setUp();
    const item = aBasketItem();
    baskets.has(item);
    const key = { candidateNumber: CANDIDATE.candidateNumber, certificateNumber: item.certificateNumber };
    await claims.claim({ ...key, productCode: 'certificate-reprint' }, item.id);

    const placed = await handler.execute(place());

    expect(placed).toMatchObject({ status: 'pending_payment', totalPence: 2588 + 350, replayed: false });
    expect(orders.all).toHaveLength(1);
    expect(orders.all[0]).toMatchObject({
      email: CANDIDATE.email,
      billingAddress: expect.objectContaining({ fullName: 'Sam Eichen', postcode: 'LS1 4AP' }),
      deliveryAddress: expect.objectContaining({ postcode: 'LS1 4AP' }),
    });
    expect(baskets.items).toHaveLength(0);
    expect(claims.holderOf({ ...key, productCode: 'certificate-reprint' })).toBe(placed.orderId);
    expect(uow.eventNames()).toEqual(['ordering.order-placed']);
    expect(outbox.messages).toEqual([
      {
        topic: CANCEL_UNPAID_ORDER_TOPIC,
        payload: { orderId: placed.orderId },
        notBefore: new Date('2026-11-30T10:00:00Z'),
      },
    ]);
  });

  it('answers a repeat with the same idempotency key with the first order, placing nothing more', async () => {
    const { orders, baskets, outbox, handler } = setUp();
    baskets.has(aBasketItem());
    const first = await handler.execute(place('key-1'));
    const again = await handler.execute(new Checkout(CANDIDATE.accountId, {} as never, 'key-1'));
    expect(again).toEqual({ ...first, replayed: true });
    expect(orders.all).toHaveLength(1);
    expect(outbox.messages).toHaveLength(1);
  });

  it('records the payment attempt with the order and answers the provider’s payment page', async () => {
    const { baskets, attempts, gateway, uow, handler } = setUp();
    baskets.has(aBasketItem());

    const placed = await handler.execute(place('key-1'));

    expect(attempts.all).toEqual([
      expect.objectContaining({
        orderId: placed.orderId,
        amountPence: placed.totalPence,
        status: 'registered',
      }),
    ]);
    expect(placed.paymentUrl).toBe(`https://pay.example/${attempts.all[0].reference}`);
    expect(gateway.registrations).toHaveLength(1);
    // One transaction for the order and its attempt; the provider's answer is stored without another.
    expect(uow.committed).toBe(1);
    expect(attempts.registrationsSaved).toBe(1);
  });

  it('answers a replay with the first payment page, registering nothing new', async () => {
    const { baskets, attempts, gateway, handler } = setUp();
    baskets.has(aBasketItem());
    const first = await handler.execute(place('key-1'));
    const again = await handler.execute(new Checkout(CANDIDATE.accountId, {} as never, 'key-1'));
    expect(again).toEqual({ ...first, replayed: true });
    expect(attempts.all).toHaveLength(1);
    expect(gateway.registrations).toHaveLength(1);
  });

  it('keeps the order when the provider cannot be reached, with no payment page, and a replay does not retry', async () => {
    const { baskets, orders, attempts, gateway, handler } = setUp();
    baskets.has(aBasketItem());
    gateway.failWith = new Error('connect ECONNREFUSED');

    const placed = await handler.execute(place('key-1'));

    expect(placed).toMatchObject({ status: 'pending_payment', paymentUrl: null });
    expect(orders.all).toHaveLength(1);
    expect(attempts.all[0]).toMatchObject({
      status: 'registration_failed',
      statusDetail: 'connect ECONNREFUSED',
    });
    gateway.failWith = null;
    expect(await handler.execute(place('key-1'))).toMatchObject({ replayed: true, paymentUrl: null });
    expect(gateway.registrations).toHaveLength(1);
  });

  it('refuses an empty basket, an unknown delivery option, and international delivery to a UK address', async () => {
    const { orders, outbox, baskets, handler } = setUp();
    await expect(handler.execute(place())).rejects.toMatchObject({ code: 'ORDERING.BASKET_EMPTY' });
    baskets.has(aBasketItem());
    await expect(handler.execute(place(null, { deliveryOption: 'pigeon' }))).rejects.toMatchObject({
      code: 'ORDERING.UNKNOWN_DELIVERY_OPTION',
    });
    await expect(handler.execute(place(null, { deliveryOption: 'international' }))).rejects.toMatchObject({
      code: 'ORDERING.DELIVERY_OPTION_NOT_ALLOWED',
    });
    expect(orders.all).toHaveLength(0);
    expect(outbox.messages).toHaveLength(0);
  });

  it('refuses an incomplete address before anything is written, naming the field', async () => {
    const { baskets, orders, handler } = setUp();
    baskets.has(aBasketItem());
    await expect(
      handler.execute(place(null, { billingAddress: { line1: '1 High Street', country: 'GB' } })),
    ).rejects.toMatchObject({
      code: 'ORDERING.INVALID_ADDRESS',
      details: expect.arrayContaining([
        expect.objectContaining({ field: expect.stringContaining('billingAddress') }),
      ]),
    });
    expect(orders.all).toHaveLength(0);
    expect(baskets.items).toHaveLength(1);
  });

  it('delivers to a saved address from the book, and refuses one that is not in it', async () => {
    const { directory, baskets, orders, handler } = setUp();
    baskets.has(aBasketItem());
    directory.book = [
      {
        id: 'addr-work',
        label: 'Work',
        isDefault: false,
        fullName: '',
        line1: '9 Mill Lane',
        line2: null,
        town: 'York',
        county: null,
        postcode: 'YO1 7HH',
        country: 'GB',
      },
    ];
    await expect(
      handler.execute(place(null, { deliveryAddress: { addressId: 'addr-unknown' } })),
    ).rejects.toMatchObject({ code: 'ORDERING.ADDRESS_NOT_FOUND' });
    await handler.execute(place(null, { deliveryAddress: { addressId: 'addr-work' } }));
    expect(orders.all[0].deliveryAddress).toMatchObject({ fullName: 'Sam Eichen', town: 'York' });
  });

  it('refuses an account that is not a linked candidate', async () => {
    const { handler } = setUp();
    await expect(
      handler.execute(new Checkout('third-party', { billingAddress: address, deliveryOption: 'x' }, null)),
    ).rejects.toMatchObject({ code: 'ORDERING.NOT_A_CANDIDATE' });
  });
});
