import { Query } from '@nestjs/cqrs';
import { AccessRecordView, Paged } from '../../views/connection-views';

/** Views and downloads by the third party of one of the candidate's connections, newest first. */
export class GetConnectionAccessLog extends Query<Paged<AccessRecordView>> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
