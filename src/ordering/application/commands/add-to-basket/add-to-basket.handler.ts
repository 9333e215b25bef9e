import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { BasketRepository, ReprintClaims } from '../../../domain/basket';
import { CatalogueRepository, isProductCode } from '../../../domain/catalogue';
import {
  AchievementNotFoundError,
  AchievementRevokedError,
  NotACandidateError,
  UnknownProductError,
} from '../../../domain/ordering.errors';
import { checkReason } from '../../../domain/reprint-reason';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { AddToBasket } from './add-to-basket.command';

/**
 * The candidate's own achievement only (anyone else's is "not found"); one copy per achievement per
 * product. The claim row is written in the same transaction, so of many racing requests exactly one wins.
 */
@CommandHandler(AddToBasket)
export class AddToBasketHandler implements ICommandHandler<AddToBasket> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly baskets: BasketRepository,
    private readonly claims: ReprintClaims,
    private readonly catalogue: CatalogueRepository,
    private readonly directory: CandidateDirectory,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, input }: AddToBasket): Promise<{ itemId: string }> {
    const candidate = await this.directory.candidate(accountId);
    if (!candidate) throw new NotACandidateError();
    if (!isProductCode(input.product)) throw new UnknownProductError(String(input.product));
    const productCode = input.product;
    const reason = checkReason(input.reason, input.reasonText);
    const [achievement] = await this.directory.achievements([input.certificateNumber]);
    if (!achievement || achievement.candidateNumber !== candidate.candidateNumber)
      throw new AchievementNotFoundError();
    if (achievement.revoked) throw new AchievementRevokedError();

    return this.uow.run(async () => {
      if (!(await this.catalogue.product(productCode))) throw new UnknownProductError(productCode);
      await this.baskets.lock(accountId);
      const basket = await this.baskets.load(accountId, candidate.candidateNumber);
      const key = {
        candidateNumber: candidate.candidateNumber,
        certificateNumber: achievement.certificateNumber,
        productCode,
      };
      const item = basket.add(
        {
          productCode,
          certificateNumber: achievement.certificateNumber,
          qualificationTitle: achievement.title,
          reason,
          quantity: input.quantity,
        },
        await this.claims.isClaimed(key),
        this.clock.now(),
      );
      await this.claims.claim(key, item.id);
      await this.baskets.save(basket);
      return { itemId: item.id };
    });
  }
}
