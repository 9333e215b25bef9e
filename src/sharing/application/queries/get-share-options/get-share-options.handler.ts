import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ShareableDocumentSet } from '../../../domain/connection-permission';
import { Parties } from '../../ports/parties';
import { SharedAchievements } from '../../ports/shared-achievements';
import { GetShareOptions } from './get-share-options.query';

@QueryHandler(GetShareOptions)
export class GetShareOptionsHandler implements IQueryHandler<GetShareOptions> {
  constructor(
    private readonly parties: Parties,
    private readonly achievements: SharedAchievements,
  ) {}

  async execute({ candidateAccountId }: GetShareOptions): Promise<ShareableDocumentSet[]> {
    const candidate = await this.parties.candidate(candidateAccountId);
    return candidate ? this.achievements.shareableOf(candidate.candidateNumber) : [];
  }
}
