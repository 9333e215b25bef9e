import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../../shared/application/audit-log';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { Clock } from '../../../shared/domain';
import { Achievement, changedDetails } from '../../domain/achievement';
import { AchievementDetails, readAchievementDetails } from '../../domain/achievement-details';
import { AchievementRepository } from '../../domain/achievement.repository';
import { ukToday } from '../../domain/calendar-date';
import { certificateNumberProblem, cleanCertificateNumber } from '../../domain/identifiers';
import { newVerificationCode } from '../../domain/verification-code';
import { CandidateRegister } from '../ports/candidate-register';
import { RequestActor } from '../../../shared/application/audit-log';
import { ImportRow } from './import-rows';
import { ImportRejection, ImportReport } from '../views/import-report';

interface GoodRow {
  row: number;
  certificateNumber: string;
  details: AchievementDetails;
}

/**
 * Rows are written in batches, each its own transaction, so a large file never holds one huge transaction.
 * A batch is one look-up of the stored achievements and one INSERT of the new ones; only the rows that
 * change a stored achievement go through the tracked aggregate.
 */
const BATCH = 2_000;

export interface ImportRequest {
  rows: ImportRow[];
  actor: RequestActor;
  source?: 'api' | 'cli' | 'demo';
}

/** Creates or updates achievements from import rows: staff and operator imports, and the demo data. */
@Injectable()
export class AchievementImporter {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly candidates: CandidateRegister,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async importRows({ rows, actor, source = 'api' }: ImportRequest): Promise<ImportReport> {
    const today = ukToday(this.clock.now());
    const rejected: ImportRejection[] = [];
    const good: GoodRow[] = [];

    // The same certificate twice in one file: we cannot know which is right, so neither is taken.
    const linesByNumber = new Map<string, number[]>();
    for (const { row, fields } of rows) {
      if (typeof fields.certificateNumber !== 'string' || !fields.certificateNumber.trim()) continue;
      const number = cleanCertificateNumber(fields.certificateNumber);
      linesByNumber.set(number, [...(linesByNumber.get(number) ?? []), row]);
    }

    for (const { row, fields, problem } of rows) {
      const raw =
        typeof fields.certificateNumber === 'string'
          ? cleanCertificateNumber(fields.certificateNumber)
          : undefined;
      const reject = (reason: string) => rejected.push({ row, certificateNumber: raw || undefined, reason });
      if (problem) {
        reject(problem);
        continue;
      }
      const numberProblem = certificateNumberProblem(
        typeof fields.certificateNumber === 'string' ? fields.certificateNumber : '',
      );
      const reading = readAchievementDetails(fields, today);
      const problems = [
        ...(numberProblem ? [`certificateNumber: ${numberProblem}`] : []),
        ...reading.problems.map((p) => `${p.field}: ${p.message}`),
      ];
      const sameNumber = raw ? (linesByNumber.get(raw) ?? []) : [];
      if (sameNumber.length > 1) {
        problems.unshift(
          `certificateNumber: ${raw} appears more than once in the file (rows ${sameNumber.join(', ')})`,
        );
      }
      if (problems.length > 0 || !reading.details || !raw) {
        reject(problems.join('; '));
        continue;
      }
      good.push({ row, certificateNumber: raw, details: reading.details });
    }

    const known = await this.candidates.existing([...new Set(good.map((g) => g.details.candidateNumber))]);
    const accepted = good.filter((g) => {
      if (known.has(g.details.candidateNumber)) return true;
      rejected.push({
        row: g.row,
        certificateNumber: g.certificateNumber,
        reason: `candidateNumber: there is no candidate record with the number ${g.details.candidateNumber}`,
      });
      return false;
    });

    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    // Two batches in flight: one is prepared while the database writes the other. Their rows never
    // meet (a certificate number twice in a file was refused above), so the order does not matter.
    const batches: GoodRow[][] = [];
    for (let start = 0; start < accepted.length; start += BATCH)
      batches.push(accepted.slice(start, start + BATCH));
    let failed = false;
    const writer = async () => {
      for (let batch = batches.shift(); batch && !failed; batch = batches.shift()) {
        try {
          await this.writeBatch(batch, report);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    await Promise.all([writer(), writer()]);
    report.rejected = rejected.sort((a, b) => a.row - b.row);

    await this.uow.run(async () => {
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'achievements.imported',
        targetType: 'achievement-import',
        targetId: null,
        details: {
          source,
          rows: rows.length,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        },
      });
    });
    return report;
  }

  /** One transaction: a look-up of the stored details, one INSERT of the new achievements, the changes. */
  private writeBatch(batch: GoodRow[], report: ImportReport): Promise<void> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const stored = await this.achievements.detailsByCertificateNumbers(
        batch.map((g) => g.certificateNumber),
      );
      const issued: Achievement[] = [];
      const changed = new Map<string, AchievementDetails>();
      let unchanged = 0;
      let updated = 0;
      for (const { certificateNumber, details } of batch) {
        const current = stored.get(certificateNumber);
        if (!current) issued.push(Achievement.issue(certificateNumber, details, newVerificationCode(), now));
        else if (changedDetails(current, details).length > 0) changed.set(certificateNumber, details);
        else unchanged++;
      }
      await this.achievements.addAll(issued);
      for (const current of await this.achievements.findByCertificateNumbers([...changed.keys()])) {
        if (current.correct(changed.get(current.certificateNumber)!, now).length > 0) updated++;
        else unchanged++;
      }
      report.created += issued.length;
      report.updated += updated;
      report.unchanged += unchanged;
    });
  }
}
