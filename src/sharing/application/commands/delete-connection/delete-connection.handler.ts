import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { DeleteConnection } from './delete-connection.command';

@CommandHandler(DeleteConnection)
export class DeleteConnectionHandler implements ICommandHandler<DeleteConnection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidateConnections,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateAccountId, connectionId }: DeleteConnection): Promise<void> {
    await this.uow.run(async () => {
      const connection = await this.candidates.owned(candidateAccountId, connectionId);
      connection.delete(this.clock.now());
    });
  }
}
