import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueRepository } from '../../../domain/catalogue';
import { bpsToPercent, gbp } from '../../../domain/money';
import { CatalogueView, GetCatalogue } from './get-catalogue.query';

@QueryHandler(GetCatalogue)
export class GetCatalogueHandler implements IQueryHandler<GetCatalogue, CatalogueView> {
  constructor(private readonly catalogue: CatalogueRepository) {}

  async execute(): Promise<CatalogueView> {
    const [products, options] = await Promise.all([
      this.catalogue.products(),
      this.catalogue.deliveryOptions(),
    ]);
    return {
      products: products.map((p) => ({
        code: p.code,
        name: p.name,
        price: gbp(p.pricePence),
        vatRate: bpsToPercent(p.vatRateBps),
      })),
      deliveryOptions: options.map((o) => ({
        code: o.code,
        name: o.name,
        price: gbp(o.pricePence),
        vatRate: bpsToPercent(o.vatRateBps),
        international: o.international,
      })),
    };
  }
}
