import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { BasketRepository, ReprintClaims } from '../../../domain/basket';
import { BasketItemNotFoundError } from '../../../domain/ordering.errors';
import { RemoveFromBasket } from './remove-from-basket.command';

@CommandHandler(RemoveFromBasket)
export class RemoveFromBasketHandler implements ICommandHandler<RemoveFromBasket> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly baskets: BasketRepository,
    private readonly claims: ReprintClaims,
  ) {}

  async execute({ accountId, itemIds }: RemoveFromBasket): Promise<void> {
    await this.uow.run(async () => {
      await this.baskets.lock(accountId);
      const basket = await this.baskets.load(accountId, '');
      for (const id of itemIds) {
        if (!basket.remove(id)) throw new BasketItemNotFoundError();
        await this.claims.release(id);
      }
      await this.baskets.save(basket);
    });
  }
}
