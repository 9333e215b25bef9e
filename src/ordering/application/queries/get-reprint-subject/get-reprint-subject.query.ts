import { Query } from '@nestjs/cqrs';
import { AchievementFacts } from '../../ports/candidate-directory';
import { Money } from '../../../domain/money';

export interface ReprintSubject {
  achievement: AchievementFacts;
  product: { code: string; name: string; price: Money; vatRate: number };
}

/** The candidate's own achievement and the product to reprint it as; anything else is not found. */
export class GetReprintSubject extends Query<ReprintSubject> {
  constructor(
    readonly accountId: string,
    readonly certificateNumber: string,
    readonly productCode: string,
  ) {
    super();
  }
}
