import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CandidateIdentity, GetCandidateIdentity } from '../../../identity/identity.public';
import { CandidateAccounts, CandidateContact } from '../../application/ports/candidate-accounts';

/** CandidateAccounts through Identity's published query. */
@Injectable()
export class IdentityCandidateAccounts extends CandidateAccounts {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async candidateNumberOf(accountId: string): Promise<string | null> {
    return (await this.identity(accountId))?.candidateNumber ?? null;
  }

  async contactFor(accountId: string): Promise<CandidateContact | undefined> {
    const identity = await this.identity(accountId);
    return identity ? { email: identity.email, name: identity.firstName || identity.displayName } : undefined;
  }

  private identity(accountId: string): Promise<CandidateIdentity | null> {
    return this.queries.execute(new GetCandidateIdentity(accountId));
  }
}
