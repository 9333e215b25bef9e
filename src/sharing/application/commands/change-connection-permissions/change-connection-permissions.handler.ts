import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CandidateConnections } from '../../candidate-connections';
import { SharedAchievements } from '../../ports/shared-achievements';
import { ChangeConnectionPermissions } from './change-connection-permissions.command';

@CommandHandler(ChangeConnectionPermissions)
export class ChangeConnectionPermissionsHandler implements ICommandHandler<ChangeConnectionPermissions> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidateConnections,
    private readonly achievements: SharedAchievements,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  async execute({
    candidateAccountId,
    connectionId,
    permissions,
  }: ChangeConnectionPermissions): Promise<void> {
    await this.uow.run(async () => {
      const connection = await this.candidates.owned(candidateAccountId, connectionId);
      const shareable = await this.achievements.shareableOf(connection.candidateNumber);
      connection.changePermissions(permissions, shareable, this.clock.now());
      this.audit.record({
        actorId: candidateAccountId,
        action: 'sharing.permissions-changed',
        targetType: 'connection',
        targetId: connectionId,
        details: { documents: permissions.reduce((sum, p) => sum + p.documents.length, 0) },
      });
    });
  }
}
