import { Query } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import { ConnectionView, Paged } from '../../views/connection-views';

/** Support staff look at a candidate's connections (read-only); every look is audited. */
export class ListConnectionsForStaff extends Query<Paged<ConnectionView>> {
  constructor(
    readonly candidateNumber: string,
    readonly page: number,
    readonly pageSize: number,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
