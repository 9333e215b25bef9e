import { Query } from '@nestjs/cqrs';
import { CandidateIdentity } from '../../views/candidate-identity';

/** Which candidate number an account holds, and its name: for Achievements, Sharing and Ordering. Null if not a candidate. */
export class GetCandidateIdentity extends Query<CandidateIdentity | null> {
  constructor(readonly accountId: string) {
    super();
  }
}
