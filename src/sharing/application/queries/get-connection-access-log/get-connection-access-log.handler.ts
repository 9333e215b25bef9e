import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessLog } from '../../../domain/access-log';
import { CandidateConnections } from '../../candidate-connections';
import {
  AccessRecordView,
  Paged,
  pagedOf,
  pageWindow,
  toAccessRecordView,
} from '../../views/connection-views';
import { GetConnectionAccessLog } from './get-connection-access-log.query';

@QueryHandler(GetConnectionAccessLog)
export class GetConnectionAccessLogHandler implements IQueryHandler<GetConnectionAccessLog> {
  constructor(
    private readonly candidates: CandidateConnections,
    private readonly accessLog: AccessLog,
  ) {}

  async execute({
    candidateAccountId,
    connectionId,
    page,
    pageSize,
  }: GetConnectionAccessLog): Promise<Paged<AccessRecordView>> {
    const connection = await this.candidates.owned(candidateAccountId, connectionId);
    const found = await this.accessLog.list(connection.id, pageWindow(page, pageSize));
    return pagedOf(found.items.map(toAccessRecordView), found.total, page, pageSize);
  }
}
