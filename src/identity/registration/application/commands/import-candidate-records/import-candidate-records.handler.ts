import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { CandidateRecordData, checkCandidateRecord } from '../../../../domain/candidate-record';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import { readCandidateRecordRows } from './candidate-record-rows';
import { ImportCandidateRecords, ImportReport } from './import-candidate-records.command';

/** Rows per INSERT ... ON CONFLICT statement: large enough to be fast, small enough for one round trip. */
const BATCH_SIZE = 1000;

@CommandHandler(ImportCandidateRecords)
export class ImportCandidateRecordsHandler implements ICommandHandler<ImportCandidateRecords> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: CandidateRecordRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ source, actor }: ImportCandidateRecords): Promise<ImportReport> {
    const now = this.clock.now();
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    const accepted: CandidateRecordData[] = [];
    const firstRowOf = new Map<string, number>();

    for (const sourceRow of readCandidateRecordRows(source)) {
      if ('problem' in sourceRow) {
        report.rejected.push({ row: sourceRow.row, reason: `The row ${sourceRow.problem}` });
        continue;
      }
      const checked = checkCandidateRecord(sourceRow.input, now);
      if ('problems' in checked) {
        report.rejected.push({ row: sourceRow.row, reason: checked.problems.join('; ') });
        continue;
      }
      const earlier = firstRowOf.get(checked.data.candidateNumber);
      if (earlier !== undefined) {
        report.rejected.push({
          row: sourceRow.row,
          reason: `candidateNumber: ${checked.data.candidateNumber} already appears in row ${earlier}`,
        });
        continue;
      }
      firstRowOf.set(checked.data.candidateNumber, sourceRow.row);
      accepted.push(checked.data);
    }

    await this.uow.run(async () => {
      for (let start = 0; start < accepted.length; start += BATCH_SIZE) {
        const batch = await this.records.upsertMany(accepted.slice(start, start + BATCH_SIZE));
        report.created += batch.created;
        report.updated += batch.updated;
        report.unchanged += batch.unchanged;
      }
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.candidate-records-imported',
        targetType: 'candidate-records',
        targetId: null,
        ip: actor.ip,
        details: {
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        },
      });
    });
    return report;
  }
}
