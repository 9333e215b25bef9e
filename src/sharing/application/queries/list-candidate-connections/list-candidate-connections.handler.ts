import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { connectionViewPage, ConnectionView, Paged, pageWindow } from '../../views/connection-views';
import { ListCandidateConnections } from './list-candidate-connections.query';

@QueryHandler(ListCandidateConnections)
export class ListCandidateConnectionsHandler implements IQueryHandler<ListCandidateConnections> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  async execute({
    candidateAccountId,
    page,
    pageSize,
  }: ListCandidateConnections): Promise<Paged<ConnectionView>> {
    const found = await this.connections.listForCandidate(candidateAccountId, pageWindow(page, pageSize));
    const now = this.clock.now();
    return connectionViewPage(found, now, page, pageSize);
  }
}
