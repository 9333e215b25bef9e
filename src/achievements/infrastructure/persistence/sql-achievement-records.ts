import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AchievementRecords } from '../../application/ports/achievement-records';
import { AchievementRecord } from '../../application/views/document-card';
import { AchievementDetailsRow } from './achievement-details-row';

const COLUMNS = `id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
  to_char(issue_date, 'YYYY-MM-DD') AS issue_date, centre, to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date,
  description, units, verification_code, revoked_at`;

interface Row extends AchievementDetailsRow {
  id: string;
  verification_code: string;
  revoked_at: Date | string | null;
}

/**
 * The card lists in one statement each on the ORM's connection, mapped straight to records: a list of
 * cards never needs the aggregates, and hydrating them (identity map, change-set snapshots) was a third
 * of the documents list's time (docs/benchmarks.md).
 */
@Injectable()
export class SqlAchievementRecords extends AchievementRecords {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async heldBy(candidateNumber: string): Promise<AchievementRecord[]> {
    const rows = await this.em
      .getConnection()
      .execute<Row[]>(
        `SELECT ${COLUMNS} FROM achievements WHERE candidate_number = ? ORDER BY issue_date DESC, certificate_number ASC`,
        [candidateNumber],
      );
    return rows.map(recordOf);
  }

  async ofHolder(candidateNumber: string, certificateNumbers: string[]): Promise<AchievementRecord[]> {
    const wanted = [...new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))];
    if (wanted.length === 0) return [];
    const rows = await this.em.getConnection().execute<Row[]>(
      `SELECT ${COLUMNS} FROM achievements
         WHERE certificate_number IN (${wanted.map(() => '?').join(', ')}) AND candidate_number = ?`,
      [...wanted, candidateNumber],
    );
    return rows.map(recordOf);
  }
}

function recordOf(row: Row): AchievementRecord {
  return {
    id: row.id,
    certificateNumber: row.certificate_number,
    kind: row.kind,
    title: row.title,
    qualificationNumber: row.qualification_number,
    candidateNumber: row.candidate_number,
    fullName: row.full_name,
    grade: row.grade,
    issueDate: row.issue_date,
    centre: row.centre,
    expiryDate: row.expiry_date,
    description: row.description,
    units: row.units ?? [],
    verificationCode: row.verification_code,
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}
