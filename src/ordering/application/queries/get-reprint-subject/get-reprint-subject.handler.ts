import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueRepository, isProductCode } from '../../../domain/catalogue';
import { bpsToPercent, gbp } from '../../../domain/money';
import { AchievementNotFoundError } from '../../../domain/ordering.errors';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { GetReprintSubject, ReprintSubject } from './get-reprint-subject.query';

@QueryHandler(GetReprintSubject)
export class GetReprintSubjectHandler implements IQueryHandler<GetReprintSubject, ReprintSubject> {
  constructor(
    private readonly directory: CandidateDirectory,
    private readonly catalogue: CatalogueRepository,
  ) {}

  async execute({ accountId, certificateNumber, productCode }: GetReprintSubject): Promise<ReprintSubject> {
    const candidate = await this.directory.candidate(accountId);
    const [achievement] = await this.directory.achievements([certificateNumber]);
    const product = isProductCode(productCode) ? await this.catalogue.product(productCode) : undefined;
    if (!candidate || !achievement || achievement.candidateNumber !== candidate.candidateNumber || !product)
      throw new AchievementNotFoundError();
    return {
      achievement,
      product: {
        code: product.code,
        name: product.name,
        price: gbp(product.pricePence),
        vatRate: bpsToPercent(product.vatRateBps),
      },
    };
  }
}
