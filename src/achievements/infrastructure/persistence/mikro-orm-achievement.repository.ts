import { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { writtenWithoutTracking } from '../../../shared/infrastructure/database/mikro-orm-unit-of-work';
import { Achievement } from '../../domain/achievement';
import { AchievementDetails } from '../../domain/achievement-details';
import { AchievementRepository } from '../../domain/achievement.repository';
import { AchievementSchema, asAchievement } from './achievement.schema';
import { AchievementDetailsRow } from './achievement-details-row';

@Injectable()
export class MikroOrmAchievementRepository extends AchievementRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined> {
    const found = await this.em.findOne(AchievementSchema, {
      _certificateNumber: certificateNumber.trim().toUpperCase(),
    });
    return asAchievement(found) ?? undefined;
  }

  async findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]> {
    if (certificateNumbers.length === 0) return [];
    const wanted = [...new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))];
    const found = await this.em.find(AchievementSchema, { _certificateNumber: { $in: wanted } });
    return found.map((stored) => asAchievement(stored));
  }

  // Plain rows, not entities: hydrating and registering 2,000 entities per import batch only to compare
  // them costs more than the comparison.
  async detailsByCertificateNumbers(certificateNumbers: string[]): Promise<Map<string, AchievementDetails>> {
    if (certificateNumbers.length === 0) return new Map();
    const wanted = [...new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))];
    const query = this.em.getKnex().raw(
      `SELECT certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
                issue_date::text AS issue_date, centre, expiry_date::text AS expiry_date, description, units
         FROM achievements WHERE certificate_number = ANY(?::text[])`,
      [pgArray(wanted)],
    );
    const transaction = this.em.getTransactionContext<Knex.Transaction>();
    const { rows } = (await (transaction ? query.transacting(transaction) : query)) as {
      rows: AchievementDetailsRow[];
    };
    return new Map(
      rows.map((row) => [
        row.certificate_number,
        {
          kind: row.kind,
          title: row.title,
          qualificationNumber: row.qualification_number ?? undefined,
          candidateNumber: row.candidate_number,
          fullName: row.full_name,
          grade: row.grade ?? undefined,
          issueDate: row.issue_date,
          centre: row.centre ?? undefined,
          expiryDate: row.expiry_date ?? undefined,
          description: row.description ?? undefined,
          units: row.units,
        },
      ]),
    );
  }

  async findByVerificationCode(code: string): Promise<Achievement | undefined> {
    return asAchievement(await this.em.findOne(AchievementSchema, { _verificationCode: code })) ?? undefined;
  }

  async listHeldBy(candidateNumber: string): Promise<Achievement[]> {
    const held = await this.em.find(
      AchievementSchema,
      { _candidateNumber: candidateNumber },
      { orderBy: { _issueDate: 'desc', _certificateNumber: 'asc' } },
    );
    return held.map((stored) => asAchievement(stored));
  }

  countHeldBy(candidateNumber: string): Promise<number> {
    return this.em.count(AchievementSchema, { _candidateNumber: candidateNumber });
  }

  add(achievement: Achievement): void {
    this.em.persist(achievement);
  }

  // One INSERT for the lot, the columns bound as arrays and unnested. Tracking each new achievement in
  // the identity map instead would cost a change set per entity at every flush of the request. Sent
  // through knex with real bind parameters: em.execute would quote a megabyte of values into the SQL text.
  async addAll(achievements: Achievement[]): Promise<void> {
    if (achievements.length === 0) return;
    const column = (value: (a: Achievement) => string | null | undefined) =>
      pgArray(achievements.map((a) => value(a) ?? null));
    const insert = this.em.getKnex().raw(
      `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number,
         full_name, grade, issue_date, centre, expiry_date, description, units, verification_code, revision,
         created_at, updated_at)
       SELECT id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
              issue_date, centre, expiry_date, description, units::jsonb, verification_code, revision,
              created_at, updated_at
       FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                   ?::date[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::int[], ?::timestamptz[],
                   ?::timestamptz[])
         AS new (id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
                 issue_date, centre, expiry_date, description, units, verification_code, revision, created_at,
                 updated_at)`,
      [
        column((a) => a.id),
        column((a) => a.certificateNumber),
        column((a) => a.kind),
        column((a) => a.title),
        column((a) => a.qualificationNumber),
        column((a) => a.candidateNumber),
        column((a) => a.fullName),
        column((a) => a.grade),
        column((a) => a.issueDate),
        column((a) => a.centre),
        column((a) => a.expiryDate),
        column((a) => a.description),
        column((a) => JSON.stringify(a.units)),
        column((a) => a.verificationCode),
        column((a) => String(a.revision)),
        column((a) => a.createdAt.toISOString()),
        column((a) => a.updatedAt.toISOString()),
      ],
    );
    writtenWithoutTracking(this.em, achievements); // refuses outside the unit of work's transaction
    await insert.transacting(this.em.getTransactionContext<Knex.Transaction>()!);
  }
}

const NEEDS_ESCAPE = /[\\"]/;

/** A Postgres array literal of text values (bound as one parameter). */
function pgArray(values: Array<string | null>): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${NEEDS_ESCAPE.test(value) ? value.replace(/[\\"]/g, '\\$&') : value}"`)).join(',')}}`;
}
