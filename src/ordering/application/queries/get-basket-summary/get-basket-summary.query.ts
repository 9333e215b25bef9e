import { Query } from '@nestjs/cqrs';

export interface BasketSummaryView {
  itemCount: number;
  /** What the basket costs now, VAT included, before delivery: the basket page's total. */
  totalPence: number;
}

/** The header's basket ("n items | £x") of a candidate's page. */
export class GetBasketSummary extends Query<BasketSummaryView> {
  constructor(readonly accountId: string) {
    super();
  }
}
