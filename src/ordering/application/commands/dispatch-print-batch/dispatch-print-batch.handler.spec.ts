import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../shared/application/testing';
import {
  aPaidOrder,
  aPrintBatch,
  InMemoryOrders,
  InMemoryPrintBatches,
  InMemoryReprintClaims,
} from '../../testing/in-memory-ordering';
import { DispatchPrintBatch } from './dispatch-print-batch.command';
import { DispatchPrintBatchHandler } from './dispatch-print-batch.handler';

describe('DispatchPrintBatchHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const at = new Date('2026-12-01T15:00:00Z');
  const setUp = () => {
    const orders = new InMemoryOrders();
    const batches = new InMemoryPrintBatches();
    const claims = new InMemoryReprintClaims();
    const audit = new RecordingAuditLog();
    const paid = [aPaidOrder({ number: 1001 }), aPaidOrder({ number: 1002 })];
    orders.has(...paid);
    const batch = aPrintBatch(paid, { id: 'batch-1', at });
    batches.has(batch);
    const uow = new RecordingUnitOfWork(orders, batches);
    const handler = new DispatchPrintBatchHandler(
      uow,
      batches,
      orders,
      claims,
      audit,
      clockAt(at.toISOString()),
    );
    return { paid, batch, claims, audit, uow, handler };
  };

  it('dispatches the batch and every order in it, and lets their documents be ordered again', async () => {
    const { paid, batch, claims, audit, uow, handler } = setUp();
    const key = { candidateNumber: '00061010', certificateNumber: 'C-1', productCode: 'poq-letter' as const };
    await claims.claim(key, paid[0].id);

    expect(await handler.execute(new DispatchPrintBatch(batch.id, actor))).toEqual({
      batchId: 'batch-1',
      dispatchedOrders: 2,
    });
    expect(batch).toMatchObject({ status: 'dispatched', dispatchedAt: at });
    expect(paid.map((o) => [o.status, o.dispatchedAt])).toEqual([
      ['dispatched', at],
      ['dispatched', at],
    ]);
    expect(await claims.isClaimed(key)).toBe(false);
    expect(uow.eventNames().sort()).toEqual([
      'ordering.order-dispatched',
      'ordering.order-dispatched',
      'ordering.print-batch-dispatched',
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'ordering.print-batch-dispatched', details: { orders: 2 } }),
    ]);
  });

  it('refuses to dispatch a batch twice, and an unknown batch', async () => {
    const { batch, uow, handler } = setUp();
    await handler.execute(new DispatchPrintBatch(batch.id, actor));
    await expect(handler.execute(new DispatchPrintBatch(batch.id, actor))).rejects.toMatchObject({
      code: 'ORDERING.PRINT_BATCH_ALREADY_DISPATCHED',
    });
    await expect(handler.execute(new DispatchPrintBatch('batch-404', actor))).rejects.toMatchObject({
      code: 'ORDERING.PRINT_BATCH_NOT_FOUND',
    });
    expect(uow.events).toHaveLength(3);
  });
});
