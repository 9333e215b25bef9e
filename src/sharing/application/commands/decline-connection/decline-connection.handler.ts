import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { DeclineConnection } from './decline-connection.command';

@CommandHandler(DeclineConnection)
export class DeclineConnectionHandler implements ICommandHandler<DeclineConnection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidateConnections,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateAccountId, connectionId }: DeclineConnection): Promise<void> {
    await this.uow.run(async () => {
      const connection = await this.candidates.owned(candidateAccountId, connectionId);
      connection.decline(this.clock.now());
    });
  }
}
