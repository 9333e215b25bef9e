import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { AchievementImporter } from '../../services/achievement-importer';
import { ImportReport } from '../../views/import-report';
import { DEMO_REVOCATIONS, demoAchievements } from './demo-achievements';
import { SeedDemoAchievements } from './seed-demo-achievements.command';

@CommandHandler(SeedDemoAchievements)
export class SeedDemoAchievementsHandler implements ICommandHandler<SeedDemoAchievements, ImportReport> {
  constructor(
    private readonly importer: AchievementImporter,
    private readonly achievements: AchievementRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<ImportReport> {
    const rows = demoAchievements().map((fields, index) => ({ row: index + 1, fields }));
    const report = await this.importer.importRows({ rows, actor: SYSTEM_ACTOR, source: 'demo' });
    await this.uow.run(async () => {
      for (const [certificateNumber, reason] of Object.entries(DEMO_REVOCATIONS)) {
        const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
        if (achievement && !achievement.isRevoked()) achievement.revoke(reason, this.clock.now());
      }
    });
    return report;
  }
}
