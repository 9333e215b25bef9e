import { Query } from '@nestjs/cqrs';
import { ConnectionView, Paged } from '../../views/connection-views';

/** The candidate's connections, newest first. */
export class ListCandidateConnections extends Query<Paged<ConnectionView>> {
  constructor(
    readonly candidateAccountId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
