import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { SharedAchievements } from '../../ports/shared-achievements';
import { ApproveConnection } from './approve-connection.command';

@CommandHandler(ApproveConnection)
export class ApproveConnectionHandler implements ICommandHandler<ApproveConnection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidateConnections,
    private readonly achievements: SharedAchievements,
    private readonly clock: Clock,
  ) {}

  async execute({
    candidateAccountId,
    connectionId,
    permissions,
    expiresAt,
  }: ApproveConnection): Promise<void> {
    await this.uow.run(async () => {
      const connection = await this.candidates.owned(candidateAccountId, connectionId);
      const shareable = await this.achievements.shareableOf(connection.candidateNumber);
      connection.approve({ permissions, expiresAt, shareable, now: this.clock.now() });
    });
  }
}
