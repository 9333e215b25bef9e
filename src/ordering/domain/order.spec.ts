import { Basket } from './basket';
import { DeliveryOption, Product } from './catalogue';
import { Order, PlaceOrderInput, readableTransactionReference } from './order';
import {
  NothingToBatchError,
  OrderNotPrintableError,
  PrintBatchAlreadyDispatchedError,
} from './ordering.errors';
import { PrintBatch } from './print-batch';
import { PrintBatchCreated, PrintBatchDispatched } from './print-batch.events';
import { checkAddress } from './postal-address';

const now = new Date('2026-11-29T10:00:00Z');
const uk = checkAddress(
  { fullName: 'John Eichen', line1: '1 High Street', town: 'Leeds', postcode: 'ls1 4ap', country: 'gb' },
  'a',
);
const france = checkAddress(
  { fullName: 'John Eichen', line1: '3 rue de la Paix', town: 'Paris', postcode: '75002', country: 'FR' },
  'a',
);
const products = [
  new Product('certificate-reprint', 'Certificate reprint', 2588, 2000, now),
  new Product('poq-letter', 'Proof of qualification letter', 2588, 2000, now),
];
const firstClass = new DeliveryOption(
  'royal-mail-signed-for-1st',
  'Royal Mail Signed For 1st Class',
  350,
  2000,
  false,
  2,
  now,
);
const international = new DeliveryOption('international', 'International', 0, 0, true, 3, now);

function input(overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  const basket = new Basket('acc-1', '0001010', []);
  basket.add(
    {
      productCode: 'certificate-reprint',
      certificateNumber: 'C-1',
      qualificationTitle: 'T',
      reason: { reason: 'lost', text: null },
      quantity: 1,
    },
    false,
    now,
  );
  basket.add(
    {
      productCode: 'poq-letter',
      certificateNumber: 'C-1',
      qualificationTitle: 'T',
      reason: { reason: 'other', text: 'visa' },
      quantity: 1,
    },
    false,
    now,
  );
  return {
    id: 'order-1',
    number: 100001,
    accountId: 'acc-1',
    candidateNumber: '0001010',
    email: 'c@example.com',
    items: basket.items,
    products,
    billingAddress: uk,
    deliveryAddress: uk,
    deliveryOption: firstClass,
    idempotencyKey: null,
    now,
    ...overrides,
  };
}

describe('Order', () => {
  it('freezes prices and adds up VAT line by line', () => {
    const order = Order.place(input());
    expect(order.status).toBe('pending_payment');
    expect(order.lines.map((l) => [l.grossPence, l.vatPence, l.netPence])).toEqual([
      [2588, 431, 2157],
      [2588, 431, 2157],
    ]);
    expect(order.delivery).toMatchObject({ grossPence: 350, vatPence: 58, netPence: 292 });
    expect(order.totalPence).toBe(5526);
    expect(order.vatPence).toBe(920);
    expect(order.subTotalPence).toBe(4606);
    // What every page shows, from the same quote: documents + delivery = total, VAT included.
    expect(order.quote()).toMatchObject({
      documentsPence: 5176,
      deliveryPence: 350,
      totalPence: 5526,
      vatPence: 920,
    });
    products[0].reprice({ name: 'Certificate reprint', pricePence: 3000, vatRateBps: 2000 }, now);
    expect(order.lines[0].unitPricePence).toBe(2588);
    products[0].reprice({ name: 'Certificate reprint', pricePence: 2588, vatRateBps: 2000 }, now);
  });

  it('refuses an empty basket', () => {
    expect(() => Order.place(input({ items: [] }))).toThrow(
      expect.objectContaining({ code: 'ORDERING.BASKET_EMPTY' }),
    );
  });

  it('gives international addresses the international option only', () => {
    expect(() => Order.place(input({ deliveryAddress: france }))).toThrow(
      expect.objectContaining({ code: 'ORDERING.DELIVERY_OPTION_NOT_ALLOWED' }),
    );
    expect(() => Order.place(input({ deliveryOption: international }))).toThrow(
      expect.objectContaining({ code: 'ORDERING.DELIVERY_OPTION_NOT_ALLOWED' }),
    );
    expect(Order.place(input({ deliveryAddress: france, deliveryOption: international })).totalPence).toBe(
      5176,
    );
  });

  it('is paid once: a repeated confirmation changes nothing', () => {
    const order = Order.place(input());
    order.pullDomainEvents();
    expect(order.markPaid('{TX-1}', now)).toBe(true);
    expect(order.markPaid('{TX-2}', now)).toBe(false);
    expect(order.transactionReference).toBe('{TX-1}');
    expect(readableTransactionReference(order.transactionReference)).toBe('TX-1');
    expect(order.pullDomainEvents().map((e) => e.eventName)).toEqual(['ordering.order-paid']);
  });

  it('is cancelled only while unpaid', () => {
    const paid = Order.place(input());
    paid.markPaid('{TX}', now);
    expect(paid.cancelUnpaid(now)).toBe(false);
    const unpaid = Order.place(input());
    expect(unpaid.cancelUnpaid(now)).toBe(true);
    expect(unpaid.status).toBe('cancelled');
  });
});

describe('PrintBatch.gather', () => {
  const paidOrder = (id: string) => {
    const order = Order.place(input({ id }));
    order.markPaid('{TX}', now);
    return order;
  };
  const batch = { id: 'batch-1', number: 7, createdBy: 'staff-1', at: now };

  it('puts every paid order in the batch, counts them and records the batch', () => {
    const orders = [paidOrder('o-1'), paidOrder('o-2')];
    const printBatch = PrintBatch.gather(orders, batch);
    expect(orders.map((o) => [o.status, o.printBatchId])).toEqual([
      ['in_print', 'batch-1'],
      ['in_print', 'batch-1'],
    ]);
    expect(printBatch).toMatchObject({ orderCount: 2, itemCount: 4, status: 'printing' });
    expect(printBatch.pullDomainEvents()).toEqual([
      expect.objectContaining({
        constructor: PrintBatchCreated,
        batchId: 'batch-1',
        number: 7,
        orderIds: ['o-1', 'o-2'],
      }),
    ]);
  });

  it('refuses an empty batch and an order that is not paid, with coded errors', () => {
    expect(() => PrintBatch.gather([], batch)).toThrow(NothingToBatchError);
    expect(() => PrintBatch.gather([Order.place(input())], batch)).toThrow(OrderNotPrintableError);
  });

  it('records the dispatch once', () => {
    const printBatch = PrintBatch.gather([paidOrder('o-1')], batch);
    printBatch.pullDomainEvents();
    printBatch.dispatch(now);
    expect(printBatch.pullDomainEvents()).toEqual([
      expect.objectContaining({ constructor: PrintBatchDispatched, batchId: 'batch-1' }),
    ]);
    expect(() => printBatch.dispatch(now)).toThrow(PrintBatchAlreadyDispatchedError);
  });
});
