import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ImportAchievements, ImportReport } from '../import-achievements/import-achievements.command';
import { DEMO_REVOCATIONS, demoAchievements } from './demo-achievements';
import { SeedDemoAchievements } from './seed-demo-achievements.command';

@CommandHandler(SeedDemoAchievements)
export class SeedDemoAchievementsHandler implements ICommandHandler<SeedDemoAchievements, ImportReport> {
  constructor(
    private readonly commands: CommandBus,
    private readonly achievements: AchievementRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<ImportReport> {
    const rows = demoAchievements().map((fields, index) => ({ row: index + 1, fields }));
    const report: ImportReport = await this.commands.execute(
      new ImportAchievements(rows, SYSTEM_ACTOR, 'demo'),
    );
    await this.uow.run(async () => {
      for (const [certificateNumber, reason] of Object.entries(DEMO_REVOCATIONS)) {
        const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
        if (achievement && !achievement.isRevoked()) achievement.revoke(reason, this.clock.now());
      }
    });
    return report;
  }
}
