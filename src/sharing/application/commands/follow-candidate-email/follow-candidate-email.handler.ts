import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { FollowCandidateEmail } from './follow-candidate-email.command';

@CommandHandler(FollowCandidateEmail)
export class FollowCandidateEmailHandler implements ICommandHandler<FollowCandidateEmail> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ candidateAccountId, email }: FollowCandidateEmail): Promise<{ updated: number }> {
    return this.uow.run(async () => {
      let updated = 0;
      for (const connection of await this.connections.allOfCandidate(candidateAccountId))
        if (connection.candidateEmailChanged(email, this.clock.now())) updated++;
      return { updated };
    });
  }
}
