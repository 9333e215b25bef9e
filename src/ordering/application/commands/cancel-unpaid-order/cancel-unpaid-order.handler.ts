import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ReprintClaims } from '../../../domain/basket';
import { OrderRepository } from '../../../domain/order';
import { CancelUnpaidOrder } from './cancel-unpaid-order.command';

@CommandHandler(CancelUnpaidOrder)
export class CancelUnpaidOrderHandler implements ICommandHandler<CancelUnpaidOrder> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly claims: ReprintClaims,
    private readonly clock: Clock,
  ) {}

  execute({ orderId }: CancelUnpaidOrder): Promise<{ cancelled: boolean }> {
    return this.uow.run(async () => {
      const order = await this.orders.findById(orderId);
      if (!order || !order.cancelUnpaid(this.clock.now())) return { cancelled: false };
      await this.claims.release(order.id);
      return { cancelled: true };
    });
  }
}
