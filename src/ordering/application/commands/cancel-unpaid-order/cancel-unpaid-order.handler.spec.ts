import { clockAt, RecordingUnitOfWork } from '../../../../shared/application/testing';
import {
  aPaidOrder,
  aPendingOrder,
  InMemoryOrders,
  InMemoryReprintClaims,
} from '../../testing/in-memory-ordering';
import { CancelUnpaidOrder } from './cancel-unpaid-order.command';
import { CancelUnpaidOrderHandler } from './cancel-unpaid-order.handler';

describe('CancelUnpaidOrderHandler', () => {
  const setUp = () => {
    const orders = new InMemoryOrders();
    const claims = new InMemoryReprintClaims();
    const uow = new RecordingUnitOfWork(orders);
    const handler = new CancelUnpaidOrderHandler(uow, orders, claims, clockAt('2026-11-30T10:00:00Z'));
    return { orders, claims, uow, handler };
  };
  const key = (certificateNumber: string) => ({
    candidateNumber: '00061010',
    certificateNumber,
    productCode: 'certificate-reprint' as const,
  });

  it('cancels an order still unpaid at the timeout and frees its documents to be ordered again', async () => {
    const { orders, claims, uow, handler } = setUp();
    const order = aPendingOrder();
    orders.has(order);
    await claims.claim(key('C-1'), order.id);

    expect(await handler.execute(new CancelUnpaidOrder(order.id))).toEqual({ cancelled: true });
    expect(order).toMatchObject({ status: 'cancelled', cancelledAt: new Date('2026-11-30T10:00:00Z') });
    expect(await claims.isClaimed(key('C-1'))).toBe(false);
    expect(uow.eventNames()).toEqual(['ordering.order-cancelled']);
  });

  it('leaves a paid order alone, keeps its claims, and shrugs at an unknown or repeated job', async () => {
    const { orders, claims, uow, handler } = setUp();
    const paid = aPaidOrder();
    orders.has(paid);
    await claims.claim(key('C-1'), paid.id);
    expect(await handler.execute(new CancelUnpaidOrder(paid.id))).toEqual({ cancelled: false });
    expect(await handler.execute(new CancelUnpaidOrder('no-such-order'))).toEqual({ cancelled: false });
    expect(paid.status).toBe('paid');
    expect(claims.holderOf(key('C-1'))).toBe(paid.id);
    expect(uow.events).toEqual([]);
  });
});
