import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateIdentities } from '../../ports/candidate-identities';
import { CandidateIdentity } from '../../views/candidate-identity';
import { GetCandidateIdentity } from './get-candidate-identity.query';

@QueryHandler(GetCandidateIdentity)
export class GetCandidateIdentityHandler implements IQueryHandler<GetCandidateIdentity> {
  constructor(private readonly identities: CandidateIdentities) {}

  execute({ accountId }: GetCandidateIdentity): Promise<CandidateIdentity | null> {
    return this.identities.of(accountId);
  }
}
