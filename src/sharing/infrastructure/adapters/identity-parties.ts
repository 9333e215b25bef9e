import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  AccountSummary,
  CandidateIdentity,
  CandidatePhoto,
  FindCandidateByDetails,
  GetAccountSummaries,
  GetCandidateIdentity,
  GetCandidatePhoto,
  MatchedCandidate,
} from '../../../identity/identity.public';
import { Parties, ThirdPartyAccount } from '../../application/ports/parties';
import { CandidateParty } from '../../domain/connection';

/** Parties answered by Identity's public queries. */
@Injectable()
export class IdentityParties extends Parties {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async candidate(accountId: string): Promise<CandidateParty | null> {
    const identity: CandidateIdentity | null = await this.queries.execute(
      new GetCandidateIdentity(accountId),
    );
    if (!identity?.candidateNumber) return null;
    return {
      accountId: identity.accountId,
      candidateNumber: identity.candidateNumber,
      email: identity.email,
      name: identity.displayName,
      hasPhoto: identity.hasPhoto,
    };
  }

  async candidateByDetails(
    candidateNumber: string,
    surname: string,
    dateOfBirth: string,
  ): Promise<CandidateParty | null> {
    const match: MatchedCandidate | null = await this.queries.execute(
      new FindCandidateByDetails(candidateNumber, surname, dateOfBirth),
    );
    if (!match) return null;
    return {
      accountId: match.accountId,
      candidateNumber: match.candidateNumber,
      email: match.email,
      name: match.displayName,
      hasPhoto: match.hasPhoto,
    };
  }

  async thirdPartyByEmail(email: string): Promise<ThirdPartyAccount | null> {
    const found: AccountSummary[] = await this.queries.execute(new GetAccountSummaries([], [email]));
    return toThirdParty(found[0]);
  }

  async thirdParty(accountId: string): Promise<ThirdPartyAccount | null> {
    const found: AccountSummary[] = await this.queries.execute(new GetAccountSummaries([accountId], []));
    return toThirdParty(found[0]);
  }

  async candidatePhoto(accountId: string): Promise<Buffer | null> {
    const photo: CandidatePhoto | null = await this.queries.execute(new GetCandidatePhoto(accountId));
    return photo?.content ?? null;
  }
}

function toThirdParty(summary: AccountSummary | undefined): ThirdPartyAccount | null {
  if (!summary || summary.role !== 'third_party' || summary.status !== 'active') return null;
  const [firstName, ...rest] = summary.displayName.split(' ');
  return {
    accountId: summary.accountId,
    email: summary.email,
    firstName: firstName ?? summary.displayName,
    surname: rest.join(' ') || summary.displayName,
    displayName: summary.displayName,
    company: summary.company ?? '',
  };
}
