import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { achievementRowsFromCsv, ImportAchievements } from '../../../../achievements/achievements.public';
import { ImportCandidateRecords } from '../../../../identity/identity.public';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { RecordImport } from '../../../domain/record-import';
import { RecordImportRepository } from '../../../domain/record-import.repository';
import { ImportRecordsFile } from './import-records-file.command';

interface Report {
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ row: number; reason: string }>;
}

@CommandHandler(ImportRecordsFile)
export class ImportRecordsFileHandler implements ICommandHandler<ImportRecordsFile> {
  constructor(
    private readonly commands: CommandBus,
    private readonly imports: RecordImportRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({ kind, fileName, text, actor }: ImportRecordsFile): Promise<{ importId: string }> {
    // The context's own command runs (and audits) the import in its transaction; an unreadable file
    // throws before anything is kept.
    const report: Report =
      kind === 'candidate-records'
        ? await this.commands.execute(new ImportCandidateRecords({ format: 'csv', text }, actor))
        : await this.commands.execute(new ImportAchievements(achievementRowsFromCsv(text), actor, 'api'));
    const entry = RecordImport.record({
      id: newId(),
      kind,
      fileName: fileName.slice(0, 255) || 'upload.csv',
      importedBy: actor.accountId,
      importedAt: this.clock.now(),
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged ?? 0,
      rejected: report.rejected.map(({ row, reason }) => ({ row, reason })),
    });
    await this.uow.run(() => this.imports.add(entry));
    return { importId: entry.id };
  }
}
