import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AchievementImporter } from '../../services/achievement-importer';
import { ImportReport } from '../../views/import-report';
import { ImportAchievements } from './import-achievements.command';

@CommandHandler(ImportAchievements)
export class ImportAchievementsHandler implements ICommandHandler<ImportAchievements, ImportReport> {
  constructor(private readonly importer: AchievementImporter) {}

  execute(command: ImportAchievements): Promise<ImportReport> {
    return this.importer.importRows(command);
  }
}
