import { Query } from '@nestjs/cqrs';
import { ConnectionView } from '../../views/connection-views';

/** One of the candidate's connections (anyone else's: not found). */
export class GetCandidateConnection extends Query<ConnectionView> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
  ) {
    super();
  }
}
