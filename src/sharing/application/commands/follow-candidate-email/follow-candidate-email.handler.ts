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

  execute({ candidateAccountId: accountId, email }: FollowCandidateEmail): Promise<{ updated: number }> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      let updated = 0;
      for (const connection of await this.connections.allOfCandidate(accountId))
        if (connection.candidateEmailChanged(email, now)) updated++;
      // A third party keeps its connections whatever its address; their notices follow it. A live
      // connection the candidate already has with the new address keeps the old one (one per pair).
      for (const connection of await this.connections.allOfThirdParty(accountId)) {
        const other = connection.isLive()
          ? await this.connections.findLive(connection.candidateAccountId, email)
          : null;
        if (other && other.id !== connection.id) continue;
        if (connection.thirdPartyEmailChanged(email, now)) updated++;
      }
      return { updated };
    });
  }
}
