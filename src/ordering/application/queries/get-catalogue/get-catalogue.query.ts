import { Query } from '@nestjs/cqrs';
import { Money } from '../../../domain/money';

export interface CatalogueView {
  products: Array<{ code: string; name: string; price: Money; vatRate: number }>;
  deliveryOptions: Array<{
    code: string;
    name: string;
    price: Money;
    vatRate: number;
    international: boolean;
  }>;
}

/** Products and delivery options with their current prices. */
export class GetCatalogue extends Query<CatalogueView> {}
