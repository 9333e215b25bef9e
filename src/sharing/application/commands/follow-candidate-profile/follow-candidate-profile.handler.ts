import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { FollowCandidateProfile } from './follow-candidate-profile.command';

@CommandHandler(FollowCandidateProfile)
export class FollowCandidateProfileHandler implements ICommandHandler<FollowCandidateProfile> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ candidateAccountId, profile }: FollowCandidateProfile): Promise<{ updated: number }> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      let updated = 0;
      for (const connection of await this.connections.allOfCandidate(candidateAccountId))
        if (connection.candidateProfileChanged(profile, now)) updated++;
      return { updated };
    });
  }
}
