import { createHash } from 'node:crypto';
import { CancelUnpaidOrderJobHandler } from '../../../src/ordering/infrastructure/jobs/cancel-unpaid-order.job-handler';
import { createTestApp, TestApp } from '../../support/app';
import { queuedEmails, withDatabase } from '../../support/identity';
import {
  ADA_CERT,
  ADA_SECOND_CERT,
  as,
  OrderingWorld,
  orderingWorld,
  payOnSimulator,
  reprint,
  TEST_CARDS,
  UK_ADDRESS,
} from '../../e2e/ordering/ordering-fixtures';

// The whole payment flow through the real Opayo Server adapter against the Opayo simulator, over real
// HTTP (the app listens on a port; the adapter registers with it and the simulator posts notifications
// back to it), with real Postgres underneath.
/** Opayo's VPSTxId is kept as sent; the order shows it without braces (ADR 0015). */
const withoutBraces = (value: string) => value.replace(/^\{|\}$/g, '');

describe('Opayo Server payment flow (simulator over HTTP)', () => {
  let t: TestApp;
  let w: OrderingWorld;
  const VENDOR = 'VeriTestVendor';

  beforeAll(async () => {
    t = await createTestApp({
      listen: true,
      env: { TRUST_PROXY: 'true', OPAYO_VENDOR: VENDOR, ORDER_PAYMENT_TIMEOUT_MINUTES: '90' },
    });
    w = await orderingWorld(t);
  });

  afterAll(() => t.close());

  async function placeOrder(
    certificate = ADA_CERT,
    product = 'certificate-reprint',
  ): Promise<{ orderId: string; paymentUrl: string }> {
    await as(t, w.ada.token)
      .post('/api/v1/me/basket/items')
      .send(reprint(certificate, { product }))
      .expect(201);
    const res = await as(t, w.ada.token)
      .post('/api/v1/me/orders')
      .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' })
      .expect(201);
    return res.body;
  }

  const order = async (id: string) =>
    (await as(t, w.ada.token).get(`/api/v1/me/orders/${id}`).expect(200)).body;

  const attempts = (orderId: string) =>
    withDatabase(
      t,
      async (c) =>
        (
          await c.query(
            'SELECT reference, status, security_key, provider_transaction_id FROM ordering_payment_attempts WHERE order_id = $1 ORDER BY created_at',
            [orderId],
          )
        ).rows,
    );

  /** A notification signed by hand, following the documented protocol 4.00 field order. */
  function signedNotification(
    fields: Record<string, string>,
    securityKey: string,
    vendor = VENDOR,
  ): Record<string, string> {
    const f = (name: string) => fields[name] ?? '';
    const text =
      f('VPSTxId') +
      f('VendorTxCode') +
      f('Status') +
      f('TxAuthNo') +
      vendor.toLowerCase() +
      f('AVSCV2') +
      securityKey +
      f('AddressResult') +
      f('PostCodeResult') +
      f('CV2Result') +
      f('GiftAid') +
      f('3DSecureStatus') +
      f('CAVV') +
      f('AddressStatus') +
      f('PayerStatus') +
      f('CardType') +
      f('Last4Digits') +
      f('DeclineCode') +
      f('ExpiryDate') +
      f('FraudResponse') +
      f('BankAuthCode') +
      f('ACSTransID') +
      f('DSTransID') +
      f('SchemeTraceID');
    return { ...fields, VPSSignature: createHash('md5').update(text).digest('hex').toUpperCase() };
  }

  const notify = (fields: Record<string, string>) =>
    t.http().post('/api/v1/payments/opayo/notifications').type('form').send(fields);

  it('registers with VPSProtocol 4.00 and pays with a test card: order paid, VPSTxId kept, receipt emailed', async () => {
    const placed = await placeOrder();
    const [attempt] = await attempts(placed.orderId);
    expect(attempt).toMatchObject({
      status: 'registered',
      reference: expect.stringMatching(/^VERI-\d+-[0-9A-F]{10}$/),
      security_key: expect.any(String),
    });
    const result = await payOnSimulator(placed.paymentUrl, { card: TEST_CARDS.success });
    expect(result).toEqual({ status: 303, location: `${t.baseUrl}/orders?confirmed=${placed.orderId}` });
    expect(await order(placed.orderId)).toMatchObject({
      status: 'paid',
      transactionReference: withoutBraces(attempt.provider_transaction_id),
      paidAt: expect.any(String),
    });
    expect(
      (await queuedEmails(t, w.ada.email)).filter((e) => e.template === 'order-confirmation'),
    ).toHaveLength(1);
  });

  it('a decline sends the buyer back to the payment step; a new attempt (new VendorTxCode) then succeeds', async () => {
    const placed = await placeOrder(ADA_SECOND_CERT);
    const declined = await payOnSimulator(placed.paymentUrl, { card: TEST_CARDS.declined });
    expect(declined.location).toBe(`${t.baseUrl}/orders/${placed.orderId}/payment?outcome=notauthed`);
    expect((await order(placed.orderId)).status).toBe('pending_payment');
    expect((await queuedEmails(t, w.ada.email)).map((e) => e.template)).toContain('order-payment-failed');

    const retry = await as(t, w.ada.token).post(`/api/v1/me/orders/${placed.orderId}/payment`).expect(200);
    const paid = await payOnSimulator(retry.body.paymentUrl, { card: TEST_CARDS.success });
    expect(paid.location).toBe(`${t.baseUrl}/orders?confirmed=${placed.orderId}`);
    const rows = await attempts(placed.orderId);
    expect(rows.map((r) => r.status)).toEqual(['notauthed', 'ok']);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(2);
    expect((await order(placed.orderId)).transactionReference).toBe(
      withoutBraces(rows[1].provider_transaction_id),
    );
  });

  it('an abandoned payment (ABORT) leaves the order payable; the job cancels it after the timeout and frees the documents', async () => {
    const placed = await placeOrder(ADA_CERT, 'poq-letter');
    const aborted = await payOnSimulator(placed.paymentUrl, 'cancel');
    expect(aborted.location).toBe(`${t.baseUrl}/orders/${placed.orderId}/payment?outcome=abort`);
    expect((await order(placed.orderId)).status).toBe('pending_payment');

    const job = await withDatabase(
      t,
      async (c) =>
        (
          await c.query(
            "SELECT payload, not_before FROM outbox WHERE topic = 'ordering.cancel-unpaid-order' AND payload->>'orderId' = $1",
            [placed.orderId],
          )
        ).rows[0],
    );
    const placedAt = new Date((await order(placed.orderId)).placedAt).getTime();
    expect(new Date(job.not_before).getTime() - placedAt).toBe(90 * 60_000);

    await t.app.get(CancelUnpaidOrderJobHandler).handle({ orderId: placed.orderId });
    await t.app.get(CancelUnpaidOrderJobHandler).handle({ orderId: placed.orderId });
    expect((await order(placed.orderId)).status).toBe('cancelled');
    expect((await queuedEmails(t, w.ada.email)).filter((e) => e.template === 'order-cancelled')).toHaveLength(
      1,
    );
    await as(t, w.ada.token).post(`/api/v1/me/orders/${placed.orderId}/payment`).expect(422);
    // Cancelled, the letter may be ordered again.
    const again = await as(t, w.ada.token)
      .post('/api/v1/me/basket/items')
      .send(reprint(ADA_CERT, { product: 'poq-letter' }))
      .expect(201);
    await as(t, w.ada.token).delete(`/api/v1/me/basket/items/${again.body.id}`).expect(204);
  });

  it.each([
    ['4000000000009995', 'rejected'],
    ['4000000000000119', 'error'],
  ])('card %s: the %s outcome leaves the order payable and says so', async (card, outcome) => {
    const placed = await placeOrder(ADA_CERT, 'poq-letter');
    const result = await payOnSimulator(placed.paymentUrl, { card });
    expect(result.location).toBe(`${t.baseUrl}/orders/${placed.orderId}/payment?outcome=${outcome}`);
    expect((await order(placed.orderId)).status).toBe('pending_payment');
    expect((await attempts(placed.orderId)).map((r) => r.status)).toEqual([outcome]);
    // Cancel it, so the letter can be ordered again by the next case.
    await t.app.get(CancelUnpaidOrderJobHandler).handle({ orderId: placed.orderId });
  });

  describe('notifications sent straight to our NotificationURL', () => {
    let orderId: string;
    let reference: string;
    let securityKey: string;
    let vpsTxId: string;

    beforeAll(async () => {
      const other = await as(t, w.staff).get('/api/v1/admin/catalogue');
      expect(other.status).toBe(200);
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_SECOND_CERT, { product: 'poq-letter' }))
        .expect(201);
      const res = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-1st' })
        .expect(201);
      orderId = res.body.orderId;
      const [row] = await attempts(orderId);
      ({ reference, security_key: securityKey, provider_transaction_id: vpsTxId } = row);
    });

    const okFields = () => ({
      VPSProtocol: '4.00',
      TxType: 'PAYMENT',
      VendorTxCode: reference,
      VPSTxId: vpsTxId,
      Status: 'OK',
      StatusDetail: '0000 : The Authorisation was Successful.',
      TxAuthNo: '1234',
      AVSCV2: 'ALL MATCH',
      AddressResult: 'MATCHED',
      PostCodeResult: 'MATCHED',
      CV2Result: 'MATCHED',
      GiftAid: '0',
      '3DSecureStatus': 'OK',
      CAVV: 'AAABBBCCC',
      CardType: 'VISA',
      Last4Digits: '0006',
      DeclineCode: '00',
      ExpiryDate: '1230',
      FraudResponse: 'ACCEPT',
      BankAuthCode: '999777',
      ACSTransID: 'acs-1',
      DSTransID: 'ds-1',
      SchemeTraceID: 'trace-1',
    });

    it('a wrong signature is answered INVALID and the order is unchanged', async () => {
      const forged = { ...signedNotification(okFields(), 'NOT-THE-KEY') };
      const res = await notify(forged).expect(200);
      expect(res.text).toMatch(/^Status=INVALID\r\nRedirectURL=http.+\r\nStatusDetail=.+$/);
      const tampered = { ...signedNotification(okFields(), securityKey), Last4Digits: '9999' };
      expect((await notify(tampered)).text).toMatch(/^Status=INVALID/);
      expect((await order(orderId)).status).toBe('pending_payment');
    });

    it('an unknown VendorTxCode is answered INVALID', async () => {
      const res = await notify(
        signedNotification({ ...okFields(), VendorTxCode: 'VERI-0-UNKNOWN' }, securityKey),
      ).expect(200);
      expect(res.text).toMatch(/^Status=INVALID/);
    });

    it('arrives before the buyer returns and, replayed 10 times at once, has one effect', async () => {
      const notification = signedNotification(okFields(), securityKey);
      const answers = await Promise.all(Array.from({ length: 10 }, () => notify(notification)));
      for (const a of answers)
        expect(a.text).toBe(
          `Status=OK\r\nRedirectURL=${t.baseUrl}/orders?confirmed=${orderId}\r\nStatusDetail=`,
        );
      const paid = await order(orderId);
      expect(paid).toMatchObject({ status: 'paid', transactionReference: withoutBraces(vpsTxId) });
      expect(
        (await queuedEmails(t, w.ada.email)).filter(
          (e) => e.template === 'order-confirmation' && (e.data.orderNumber as number) === paid.number,
        ),
      ).toHaveLength(1);
      // A later, different status for the same transaction changes nothing either.
      await notify(signedNotification({ ...okFields(), Status: 'NOTAUTHED' }, securityKey)).expect(200);
      expect((await order(orderId)).status).toBe('paid');
      // The buyer arrives afterwards: the page shows the order confirmed.
      expect((await order(orderId)).paidAt).toEqual(paid.paidAt);
    });
  });
});
