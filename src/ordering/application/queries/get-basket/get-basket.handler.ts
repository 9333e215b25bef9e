import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BasketRepository } from '../../../domain/basket';
import { CatalogueRepository } from '../../../domain/catalogue';
import { basketView, BasketView } from '../../views/ordering-views';
import { GetBasket } from './get-basket.query';

@QueryHandler(GetBasket)
export class GetBasketHandler implements IQueryHandler<GetBasket, BasketView> {
  constructor(
    private readonly baskets: BasketRepository,
    private readonly catalogue: CatalogueRepository,
  ) {}

  async execute({ accountId, deliveryOption }: GetBasket): Promise<BasketView> {
    const [basket, prices] = await Promise.all([
      this.baskets.load(accountId, ''),
      this.catalogue.priceList(deliveryOption ?? null),
    ]);
    return basketView(
      basket.items,
      new Map(prices.products.map((p) => [p.code, p])),
      prices.deliveryOption ?? null,
    );
  }
}
