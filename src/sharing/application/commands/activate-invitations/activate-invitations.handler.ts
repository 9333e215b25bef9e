import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { ActivateInvitations } from './activate-invitations.command';

@CommandHandler(ActivateInvitations)
export class ActivateInvitationsHandler implements ICommandHandler<ActivateInvitations> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ thirdPartyAccountId, email }: ActivateInvitations): Promise<{ activated: number }> {
    return this.uow.run(async () => {
      const invited = await this.connections.listInvitedAt(email);
      for (const connection of invited) connection.activateFor(thirdPartyAccountId, this.clock.now());
      return { activated: invited.length };
    });
  }
}
