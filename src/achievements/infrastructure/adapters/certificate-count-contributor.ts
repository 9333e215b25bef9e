import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  AccountCounts,
  AccountCountsContributor,
  ContributesAccountCounts,
} from '../../../identity/identity.public';
import { CountCandidateAchievements } from '../../application/queries/count-candidate-achievements/count-candidate-achievements.query';

/** The CERTIFICATES count of the profile header and dashboard, which Identity adds up. */
@Injectable()
@ContributesAccountCounts()
export class CertificateCountContributor implements AccountCountsContributor {
  constructor(private readonly queries: QueryBus) {}

  async countsFor(account: {
    accountId: string;
    candidateNumber: string | null;
  }): Promise<Partial<AccountCounts>> {
    return {
      certificates: await this.queries.execute(new CountCandidateAchievements(account.candidateNumber)),
    };
  }
}
