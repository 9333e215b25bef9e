import { CancelUnpaidOrderJobHandler } from '../../../src/ordering/infrastructure/jobs/cancel-unpaid-order.job-handler';
import { createTestApp, TestApp } from '../../support/app';
import { queuedEmails, withDatabase } from '../../support/identity';
import { readPdf } from '../../support/pdf-reader';
import { pdfsig, withOneByteChanged } from '../../support/pdfsig';
import { statementsDuring } from '../../support/statements';
import {
  ADA_CERT,
  ADA_SECOND_CERT,
  as,
  BOB_CERT,
  OrderingWorld,
  orderingWorld,
  payOnSimulator,
  reprint,
  TEST_CARDS,
  UK_ADDRESS,
} from './ordering-fixtures';

// api.md "Ordering" and the staff order, print batch and catalogue routes, over HTTP. The app listens
// on a real port: placing an order registers its payment with the Opayo simulator mounted in the app.
describe('Ordering API', () => {
  let t: TestApp;
  let w: OrderingWorld;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
  });

  afterAll(() => t.close());

  const emptyBasket = async (token: string) => {
    const basket = await as(t, token).get('/api/v1/me/basket');
    for (const item of basket.body.items)
      await as(t, token).delete(`/api/v1/me/basket/items/${item.id}`).expect(204);
  };

  it("leaves the pages' basket summary out of a candidate's API requests", async () => {
    // The header's basket is for pages; an API answer has no header, so it costs no statement.
    await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
    const { statements } = await statementsDuring(
      () => as(t, w.ada.token).get('/api/v1/me/achievements').expect(200),
      (sql) => (/ordering_/.test(sql) ? sql.trim().slice(0, 60) : undefined),
    );
    expect(statements).toEqual([]);
    await emptyBasket(w.ada.token);
  });

  describe('GET /catalogue', () => {
    it('lists the products and delivery options with prices in pence, to anyone', async () => {
      const res = await t.http().get('/api/v1/catalogue').expect(200);
      expect(res.body.products).toEqual([
        {
          code: 'certificate-reprint',
          name: 'Certificate reprint',
          price: { amountPence: 2588, currency: 'GBP' },
          vatRate: 20,
        },
        {
          code: 'poq-letter',
          name: 'Proof of qualification letter',
          price: { amountPence: 2588, currency: 'GBP' },
          vatRate: 20,
        },
      ]);
      expect(
        res.body.deliveryOptions.map(
          (o: { code: string; price: { amountPence: number }; international: boolean }) => [
            o.code,
            o.price.amountPence,
            o.international,
          ],
        ),
      ).toEqual([
        ['royal-mail-signed-for-2nd', 0, false],
        ['royal-mail-signed-for-1st', 350, false],
        ['international', 0, true],
      ]);
    });
  });

  describe('basket', () => {
    afterEach(() => emptyBasket(w.ada.token));

    it('adds a document with the qualification title, reason and VAT per line', async () => {
      const added = await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
      const basket = await as(t, w.ada.token).get('/api/v1/me/basket').expect(200);
      expect(basket.body).toEqual({
        items: [
          expect.objectContaining({
            id: added.body.id,
            product: 'certificate-reprint',
            certificateNumber: ADA_CERT,
            qualificationTitle: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
            reason: 'lost',
            quantity: 1,
            price: { amountPence: 2588, currency: 'GBP' },
            subTotal: { amountPence: 2157, currency: 'GBP' },
            vat: { amountPence: 431, currency: 'GBP' },
            gross: { amountPence: 2588, currency: 'GBP' },
          }),
        ],
        documents: { amountPence: 2588, currency: 'GBP' },
        subTotal: { amountPence: 2157, currency: 'GBP' },
        delivery: { amountPence: 0, currency: 'GBP' },
        vat: { amountPence: 431, currency: 'GBP' },
        total: { amountPence: 2588, currency: 'GBP' },
        itemCount: 1,
      });
    });

    it.each([
      ['2', 2, 422, 'ORDERING.ONE_PER_ACHIEVEMENT'],
      ['0', 0, 400, 'PLATFORM.VALIDATION_FAILED'],
      ['-1', -1, 400, 'PLATFORM.VALIDATION_FAILED'],
      ['"x"', 'x', 400, 'PLATFORM.VALIDATION_FAILED'],
    ])('refuses quantity %s', async (_label, quantity, status, code) => {
      const res = await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { quantity }))
        .expect(status);
      expect(res.body.error.code).toBe(code);
    });

    it('refuses a second copy of the same document for the same achievement (422), but not the other product', async () => {
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
      const again = await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { reason: 'damaged' }))
        .expect(422);
      expect(again.body.error.code).toBe('ORDERING.ONE_PER_ACHIEVEMENT');
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { product: 'poq-letter' }))
        .expect(201);
    });

    it("answers 404 for someone else's certificate, and for an unknown one", async () => {
      const res = await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(BOB_CERT))
        .expect(404);
      expect(res.body.error.code).toBe('ORDERING.ACHIEVEMENT_NOT_FOUND');
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint('99999999-01-NOPE')).expect(404);
    });

    it('needs the words for "other", refuses unknown fields and unknown reasons', async () => {
      const other = await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { reason: 'other' }))
        .expect(400);
      expect(other.body.error.details).toEqual([expect.objectContaining({ field: 'reasonText' })]);
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { reason: 'other', reasonText: 'Visa application' }))
        .expect(201);
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_SECOND_CERT, { reason: 'because' }))
        .expect(400);
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send({ ...reprint(ADA_SECOND_CERT), price: 1 })
        .expect(400);
    });

    it("removes an item (204); someone else's item is not found", async () => {
      const added = await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
      await as(t, w.bob.token).delete(`/api/v1/me/basket/items/${added.body.id}`).expect(404);
      await as(t, w.ada.token).delete(`/api/v1/me/basket/items/${added.body.id}`).expect(204);
      // Removed, the copy may be added again.
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
    });
  });

  describe('checkout and orders', () => {
    afterEach(() => emptyBasket(w.ada.token));

    // The address rules themselves are the domain's (postal-address.spec.ts); this is the 400 and its field.
    it.each([['a bad UK postcode', { ...UK_ADDRESS, postcode: 'LS1 ZZZZ' }, 'billingAddress.postcode']])(
      'refuses an address with %s (400, naming the field)',
      async (_label, address, field) => {
        await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
        const res = await as(t, w.ada.token)
          .post('/api/v1/me/orders')
          .send({ billingAddress: address, deliveryOption: 'royal-mail-signed-for-2nd' })
          .expect(400);
        expect(res.body.error.code).toBe('ORDERING.INVALID_ADDRESS');
        expect(res.body.error.details).toEqual([expect.objectContaining({ field })]);
      },
    );

    it('places an order with frozen prices, empties the basket, and a retry with the same Idempotency-Key returns the same order', async () => {
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(201);
      await as(t, w.ada.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(ADA_CERT, { product: 'poq-letter', reason: 'duplicate_required' }))
        .expect(201);
      const body = {
        billingAddress: UK_ADDRESS,
        deliveryAddress: { sameAsBilling: true },
        deliveryOption: 'royal-mail-signed-for-1st',
      };
      const first = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .set('Idempotency-Key', 'checkout-1')
        .send(body)
        .expect(201);
      expect(first.body).toEqual({
        orderId: expect.any(String),
        number: expect.any(Number),
        status: 'pending_payment',
        total: { amountPence: 2588 + 2588 + 350, currency: 'GBP' },
        paymentUrl: expect.stringContaining('/simulator/opayo/gateway/service/card-details?tx='),
      });
      const second = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .set('Idempotency-Key', 'checkout-1')
        .send(body)
        .expect(201);
      expect(second.body.orderId).toBe(first.body.orderId);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect((await as(t, w.ada.token).get('/api/v1/me/basket')).body.itemCount).toBe(0);

      // Staff change the price afterwards: the order keeps the price it was placed at.
      const catalogue = (await as(t, w.staff).get('/api/v1/admin/catalogue').expect(200)).body;
      const raised = {
        ...catalogue,
        products: catalogue.products.map((p: { code: string }) =>
          p.code === 'certificate-reprint' ? { ...p, price: { amountPence: 3000, currency: 'GBP' } } : p,
        ),
      };
      await as(t, w.staff).put('/api/v1/admin/catalogue').send(raised).expect(200);
      const order = await as(t, w.ada.token).get(`/api/v1/me/orders/${first.body.orderId}`).expect(200);
      expect(order.body.items[0]).toMatchObject({
        product: 'certificate-reprint',
        price: { amountPence: 2588 },
      });
      expect(order.body.total.amountPence).toBe(5526);
      await as(t, w.staff).put('/api/v1/admin/catalogue').send(catalogue).expect(200);

      // The same documents cannot go in the basket while the order is unfinished.
      const blocked = await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint()).expect(422);
      expect(blocked.body.error.code).toBe('ORDERING.ONE_PER_ACHIEVEMENT');
    });

    it("takes addresses from the address book by id; an unknown or someone else's id is 404", async () => {
      const saved = await as(t, w.ada.token)
        .post('/api/v1/me/addresses')
        .send({ label: 'Home', line1: '5 Park Row', town: 'Leeds', postcode: 'LS1 5HD', country: 'GB' })
        .expect(201);
      const bobs = await as(t, w.bob.token)
        .post('/api/v1/me/addresses')
        .send({ line1: '9 Bob Street', town: 'York', postcode: 'YO1 7HH', country: 'GB' })
        .expect(201);
      // (The reprint of ADA_CERT is on the unpaid order of the case before.)
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_SECOND_CERT)).expect(201);
      const refused = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .send({ billingAddress: { addressId: bobs.body.id }, deliveryOption: 'royal-mail-signed-for-2nd' })
        .expect(404);
      expect(refused.body.error.code).toBe('ORDERING.ADDRESS_NOT_FOUND');
      const placed = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .send({
          billingAddress: { addressId: saved.body.id },
          deliveryAddress: { sameAsBilling: true },
          deliveryOption: 'royal-mail-signed-for-2nd',
        })
        .expect(201);
      const order = await as(t, w.ada.token).get(`/api/v1/me/orders/${placed.body.orderId}`).expect(200);
      expect(order.body.billingAddress).toMatchObject({
        fullName: 'Ada Lovelace',
        line1: '5 Park Row',
        postcode: 'LS1 5HD',
      });
      expect(order.body.delivery.address).toMatchObject({ line1: '5 Park Row' });
      // Cancel it so the document is free for the next cases.
      await t.app.get(CancelUnpaidOrderJobHandler).handle({ orderId: placed.body.orderId });
    });

    it("lists and shows orders; another candidate's order is 404, also for payment", async () => {
      await as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_SECOND_CERT)).expect(201);
      const placed = await as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' })
        .expect(201);
      const list = await as(t, w.ada.token).get('/api/v1/me/orders?page=1&pageSize=1').expect(200);
      expect(list.body).toMatchObject({
        page: 1,
        pageSize: 1,
        totalItems: expect.any(Number),
        items: [expect.objectContaining({ id: placed.body.orderId })],
      });
      const order = await as(t, w.ada.token).get(`/api/v1/me/orders/${placed.body.orderId}`).expect(200);
      expect(order.body).toMatchObject({
        status: 'pending_payment',
        transactionReference: null,
        paidAt: null,
        itemCount: 1,
        delivery: expect.objectContaining({ option: 'royal-mail-signed-for-2nd' }),
      });
      await as(t, w.bob.token).get(`/api/v1/me/orders/${placed.body.orderId}`).expect(404);
      await as(t, w.bob.token).post(`/api/v1/me/orders/${placed.body.orderId}/payment`).expect(404);
      await as(t, w.ada.token).get('/api/v1/me/orders/not-an-id').expect(404);
      await as(t, w.ada.token).get('/api/v1/me/orders?pageSize=101').expect(400);

      const retry = await as(t, w.ada.token)
        .post(`/api/v1/me/orders/${placed.body.orderId}/payment`)
        .expect(200);
      expect(retry.body.paymentUrl).toContain('/card-details?tx=');
    });
  });

  describe('payment, fulfilment and emails', () => {
    it('pays on the simulator, then staff batch, export and dispatch the order', async () => {
      await as(t, w.bob.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(BOB_CERT, { product: 'poq-letter' }))
        .expect(201);
      await as(t, w.bob.token).post('/api/v1/me/basket/items').send(reprint(BOB_CERT)).expect(201);
      const placed = await as(t, w.bob.token)
        .post('/api/v1/me/orders')
        .send({
          billingAddress: { ...UK_ADDRESS, line2: 'Flat "2", Leeds, =SUM(A1)' },
          deliveryOption: 'royal-mail-signed-for-2nd',
        })
        .expect(201);
      const paid = await payOnSimulator(placed.body.paymentUrl, { card: TEST_CARDS.success });
      expect(paid.status).toBe(303);
      expect(paid.location).toBe(`${t.baseUrl}/orders?confirmed=${placed.body.orderId}`);
      const order = (await as(t, w.bob.token).get(`/api/v1/me/orders/${placed.body.orderId}`).expect(200))
        .body;
      expect(order).toMatchObject({
        status: 'paid',
        statusLabel: 'Processing (Cleared payment)',
        // Opayo's {GUID} without its braces, as on the pages and the receipt (ADR 0015).
        transactionReference: expect.stringMatching(/^[0-9A-F]{8}-[0-9A-F-]+[0-9A-F]$/),
        paidAt: expect.any(String),
      });
      // The profile header's counts come from Ordering.
      expect((await as(t, w.bob.token).get('/api/v1/me').expect(200)).body.counts).toMatchObject({
        orders: 1,
        letters: 1,
      });
      const confirmation = (await queuedEmails(t, w.bob.email)).find(
        (e) => e.template === 'order-confirmation',
      );
      expect(confirmation).toMatchObject({
        subject: expect.stringContaining('confirmed'),
        data: expect.objectContaining({ totalPence: 5176, vatPence: 862 }),
      });

      const paidList = await as(t, w.staff).get('/api/v1/admin/orders?status=paid').expect(200);
      expect(paidList.body.items.map((o: { id: string }) => o.id)).toContain(placed.body.orderId);
      await as(t, w.ada.token).get('/api/v1/admin/orders').expect(403);

      const batch = await as(t, w.staff).post('/api/v1/admin/print-batches').expect(201);
      expect(batch.body).toMatchObject({
        batchId: expect.any(String),
        orderCount: expect.any(Number),
        itemCount: expect.any(Number),
      });
      const nothing = await as(t, w.staff).post('/api/v1/admin/print-batches').expect(422);
      expect(nothing.body.error.code).toBe('ORDERING.NOTHING_TO_BATCH');
      expect((await as(t, w.bob.token).get(`/api/v1/me/orders/${placed.body.orderId}`)).body.status).toBe(
        'in_print',
      );
      const batches = await as(t, w.staff).get('/api/v1/admin/print-batches').expect(200);
      expect(batches.body.items[0]).toMatchObject({ id: batch.body.batchId, status: 'printing' });

      const csv = await as(t, w.staff)
        .get(`/api/v1/admin/print-batches/${batch.body.batchId}/export.csv`)
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toContain('.csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toMatch(/^batch,order,document,product,certificate_number/);
      expect(csv.text).toContain(BOB_CERT);
      expect(csv.text).toContain('"Flat ""2"", Leeds, =SUM(A1)"');
      expect(csv.text).toContain('Royal Mail Signed For 2nd Class');
      await as(t, w.staff)
        .get('/api/v1/admin/print-batches/00000000-0000-4000-8000-000000000000/export.csv')
        .expect(404);

      const letters = await as(t, w.staff)
        .get(`/api/v1/admin/print-batches/${batch.body.batchId}/letters.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(letters.headers['content-type']).toBe('application/pdf');
      const text = (await readPdf(letters.body as Buffer)).text;
      expect(text).toContain('Proof of qualification');
      expect(text).toContain('Bob Hope');
      expect(text).toContain(BOB_CERT);
      // A letter to whom it may concern, with its own verification code; no batch heading.
      expect(text).toContain('To whom it may concern');
      expect(text).not.toMatch(/print batch/i);
      const bobsCode = (await as(t, w.staff).get(`/api/v1/admin/achievements/${BOB_CERT}`)).body
        .verificationCode;
      expect(text).toContain(bobsCode);
      // Signed by the awarding body like every document it issues (PAdES); one changed byte shows.
      const report = await pdfsig(letters.body as Buffer);
      expect(report).toContain('Signature is Valid.');
      expect(report).toContain('Signature Type: ETSI.CAdES.detached');
      expect(await pdfsig(withOneByteChanged(letters.body as Buffer))).not.toContain('Signature is Valid.');

      const certificate = await as(t, w.staff)
        .get(`/api/v1/admin/print-batches/${batch.body.batchId}/certificates/${BOB_CERT}/ecertificate.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((await readPdf(certificate.body as Buffer)).text).toContain('Bob Hope');
      await as(t, w.staff)
        .get(`/api/v1/admin/print-batches/${batch.body.batchId}/certificates/${ADA_CERT}/ecertificate.pdf`)
        .expect(404);

      await as(t, w.staff).post(`/api/v1/admin/print-batches/${batch.body.batchId}/dispatch`).expect(200);
      await as(t, w.staff).post(`/api/v1/admin/print-batches/${batch.body.batchId}/dispatch`).expect(409);
      expect((await as(t, w.bob.token).get(`/api/v1/me/orders/${placed.body.orderId}`)).body).toMatchObject({
        status: 'dispatched',
        dispatchedAt: expect.any(String),
      });
      expect((await queuedEmails(t, w.bob.email)).map((e) => e.template)).toEqual(
        expect.arrayContaining(['order-confirmation', 'order-dispatched']),
      );
      // Dispatched, the document may be ordered again.
      await as(t, w.bob.token)
        .post('/api/v1/me/basket/items')
        .send(reprint(BOB_CERT, { product: 'poq-letter' }))
        .expect(201);
      await emptyBasket(w.bob.token);
    });

    it('answers notifications in Opayo format: a wrong signature is INVALID and changes nothing', async () => {
      const bad = await t
        .http()
        .post('/api/v1/payments/opayo/notifications')
        .type('form')
        .send({
          VPSProtocol: '4.00',
          TxType: 'PAYMENT',
          VendorTxCode: 'VERI-1-NOPE',
          VPSTxId: '{X}',
          Status: 'OK',
          VPSSignature: 'ABC',
        })
        .expect(200);
      expect(bad.text).toMatch(/^Status=INVALID\r\nRedirectURL=.+\r\nStatusDetail=/);
      await t.http().post('/api/v1/payments/other/notifications').type('form').send({}).expect(404);
      const declined = await withDatabase(t, (c) =>
        c.query(
          "SELECT count(*)::int AS n FROM ordering_orders WHERE status = 'paid' AND transaction_reference = '{X}'",
        ),
      );
      expect(declined.rows[0].n).toBe(0);
    });
  });

  describe('staff catalogue', () => {
    it('validates changes: unknown codes, negative prices, fractional pence', async () => {
      const catalogue = (await as(t, w.staff).get('/api/v1/admin/catalogue').expect(200)).body;
      await as(t, w.staff)
        .put('/api/v1/admin/catalogue')
        .send({ ...catalogue, products: [{ ...catalogue.products[0], code: 'mug' }] })
        .expect(400);
      await as(t, w.staff)
        .put('/api/v1/admin/catalogue')
        .send({
          ...catalogue,
          products: [{ ...catalogue.products[0], price: { amountPence: -1, currency: 'GBP' } }],
        })
        .expect(400);
      await as(t, w.staff)
        .put('/api/v1/admin/catalogue')
        .send({
          ...catalogue,
          products: [{ ...catalogue.products[0], price: { amountPence: 25.5, currency: 'GBP' } }],
        })
        .expect(400);
      const updated = await as(t, w.staff)
        .put('/api/v1/admin/catalogue')
        .send({
          ...catalogue,
          deliveryOptions: [
            { ...catalogue.deliveryOptions[1], price: { amountPence: 395, currency: 'GBP' } },
          ],
        })
        .expect(200);
      expect(updated.body.deliveryOptions[1].price.amountPence).toBe(395);
      await as(t, w.staff).put('/api/v1/admin/catalogue').send(catalogue).expect(200);
      await as(t, w.ada.token).put('/api/v1/admin/catalogue').send(catalogue).expect(403);
    });
  });
});
