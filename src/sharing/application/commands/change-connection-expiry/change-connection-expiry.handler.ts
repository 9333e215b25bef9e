import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { ChangeConnectionExpiry } from './change-connection-expiry.command';

@CommandHandler(ChangeConnectionExpiry)
export class ChangeConnectionExpiryHandler implements ICommandHandler<ChangeConnectionExpiry> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidateConnections,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateAccountId, connectionId, expiresAt }: ChangeConnectionExpiry): Promise<void> {
    await this.uow.run(async () => {
      const connection = await this.candidates.owned(candidateAccountId, connectionId);
      connection.changeExpiry(expiresAt, this.clock.now());
    });
  }
}
