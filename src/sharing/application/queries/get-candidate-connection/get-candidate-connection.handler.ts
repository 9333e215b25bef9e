import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { ConnectionView, toConnectionView } from '../../views/connection-views';
import { GetCandidateConnection } from './get-candidate-connection.query';

@QueryHandler(GetCandidateConnection)
export class GetCandidateConnectionHandler implements IQueryHandler<GetCandidateConnection> {
  constructor(
    private readonly candidates: CandidateConnections,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateAccountId, connectionId }: GetCandidateConnection): Promise<ConnectionView> {
    return toConnectionView(await this.candidates.owned(candidateAccountId, connectionId), this.clock.now());
  }
}
