import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { PrintBatchCreated } from '../../../domain/print-batch.events';
import {
  aBasketItem,
  aPaidOrder,
  aPendingOrder,
  InMemoryOrders,
  InMemoryPrintBatches,
} from '../../testing/in-memory-ordering';
import { CreatePrintBatch } from './create-print-batch.command';
import { CreatePrintBatchHandler } from './create-print-batch.handler';

describe('CreatePrintBatchHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const orders = new InMemoryOrders();
    const batches = new InMemoryPrintBatches();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(orders, batches);
    const handler = new CreatePrintBatchHandler(uow, orders, batches, audit, clockAt());
    return { orders, batches, audit, uow, handler };
  };

  it('gathers every paid order not yet in a batch, puts them in print and records who did it', async () => {
    const { orders, batches, audit, uow, handler } = setUp();
    const paid = aPaidOrder({ number: 1001 });
    const twoItems = aPaidOrder({
      number: 1002,
      items: [aBasketItem(), aBasketItem({ productCode: 'poq-letter' })],
    });
    const pending = aPendingOrder({ number: 1003 });
    orders.has(paid, twoItems, pending);

    const created = await handler.execute(new CreatePrintBatch(actor));

    expect(created).toEqual({ batchId: batches.all[0].id, number: 1, orderCount: 2, itemCount: 3 });
    expect([paid, twoItems].map((o) => [o.status, o.printBatchId])).toEqual([
      ['in_print', created.batchId],
      ['in_print', created.batchId],
    ]);
    expect(pending.status).toBe('pending_payment');
    expect(uow.events).toEqual([expect.any(PrintBatchCreated)]);
    expect(uow.events[0]).toMatchObject({ batchId: created.batchId, orderIds: [paid.id, twoItems.id] });
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'ordering.print-batch-created',
        actorId: 'staff-1',
        targetId: created.batchId,
        details: { orders: 2, items: 3 },
      }),
    ]);
  });

  it('refuses when no paid order is waiting, and a second batch finds nothing left', async () => {
    const { orders, batches, audit, handler } = setUp();
    await expect(handler.execute(new CreatePrintBatch(actor))).rejects.toMatchObject({
      code: 'ORDERING.NOTHING_TO_BATCH',
    });
    orders.has(aPaidOrder());
    await handler.execute(new CreatePrintBatch(actor));
    await expect(handler.execute(new CreatePrintBatch(actor))).rejects.toMatchObject({
      code: 'ORDERING.NOTHING_TO_BATCH',
    });
    expect(batches.all).toHaveLength(1);
    expect(audit.entries).toHaveLength(1);
  });
});
