import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { quote } from '../../../domain/quote';
import { BasketPrices } from '../../ports/basket-prices';
import { BasketSummaryView, GetBasketSummary } from './get-basket-summary.query';

@QueryHandler(GetBasketSummary)
export class GetBasketSummaryHandler implements IQueryHandler<GetBasketSummary, BasketSummaryView> {
  constructor(private readonly prices: BasketPrices) {}

  async execute({ accountId }: GetBasketSummary): Promise<BasketSummaryView> {
    const lines = await this.prices.linesOf(accountId);
    return {
      itemCount: lines.reduce((count, line) => count + line.quantity, 0),
      totalPence: quote(lines).totalPence,
    };
  }
}
