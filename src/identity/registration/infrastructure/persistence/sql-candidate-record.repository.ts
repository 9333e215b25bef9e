import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MatchLookup } from '../../../domain/candidate-match';
import { CandidateRecord, CandidateRecordData } from '../../../domain/candidate-record';
import {
  CandidateRecordRepository,
  CandidateRecordSuggestion,
  UpsertReport,
} from '../../../domain/candidate-record.repository';
import { UNKNOWN_CANDIDATE_NUMBER } from '../../../domain/candidate-number';
import { nameKey } from '../../../domain/name-key';

interface RecordRow {
  id: string;
  candidate_number: string;
  first_name: string;
  surname: string;
  first_name_key: string;
  surname_key: string;
  date_of_birth: string | Date;
  email: string | null;
  telephone: string | null;
  linked_account_id?: string | null;
  first_name_similarity?: number;
  surname_similarity?: number;
}

const COLUMNS =
  'r.id, r.candidate_number, r.first_name, r.surname, r.first_name_key, r.surname_key, r.date_of_birth::text AS date_of_birth, r.email, r.telephone';

/** How many rows each suggestion lookup may bring: enough to rank, bounded whatever the table's size. */
const PER_LOOKUP = 20;

/** Trigram similarity (0-1) from which a surname that does not agree counts as close: "eicken" and "eichen" are 0.4. */
const SIMILAR_SURNAME = 0.3;
/** First names are short, so one letter weighs more: "jon" and "john" are 0.29. */
const SIMILAR_FIRST_NAME = 0.25;

/**
 * Candidate records in SQL: matching and suggestions are index lookups (see the Identity migration's
 * indexes), and imports are set-based upserts, so a million records cost no more per registration.
 */
@Injectable()
export class SqlCandidateRecordRepository extends CandidateRecordRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findForMatch(lookup: MatchLookup, limit: number): Promise<CandidateRecord[]> {
    const rows =
      lookup.by === 'candidate-number'
        ? await this.em.execute<RecordRow[]>(
            `SELECT ${COLUMNS} FROM identity_candidate_records r
             WHERE r.candidate_number = ? AND r.surname_key = ? AND r.date_of_birth = ?::date LIMIT ?`,
            [lookup.candidateNumber, lookup.surnameKey, lookup.dateOfBirth, limit],
          )
        : await this.em.execute<RecordRow[]>(
            `SELECT ${COLUMNS} FROM identity_candidate_records r
             WHERE r.surname_key = ? AND r.date_of_birth = ?::date AND r.first_name_key = ? LIMIT ?`,
            [lookup.surnameKey, lookup.dateOfBirth, lookup.firstNameKey, limit],
          );
    return rows.map(toRecord);
  }

  async existingNumbers(candidateNumbers: string[]): Promise<string[]> {
    const rows = await this.em.execute<Array<{ candidate_number: string }>>(
      'SELECT candidate_number FROM identity_candidate_records WHERE candidate_number = ANY(?::varchar[])',
      [pgArray(candidateNumbers)],
    );
    return rows.map((row) => row.candidate_number);
  }

  async byCandidateNumber(candidateNumber: string): Promise<CandidateRecord | null> {
    const rows = await this.em.execute<RecordRow[]>(
      `SELECT ${COLUMNS} FROM identity_candidate_records r WHERE r.candidate_number = ?`,
      [candidateNumber],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async lockForLinking(recordId: string): Promise<void> {
    await this.em.execute('SELECT id FROM identity_candidate_records WHERE id = ? FOR UPDATE', [recordId]);
  }

  async serialiseSeeding(): Promise<void> {
    await this.em.execute("SELECT pg_advisory_xact_lock(hashtext('identity.seed-demo-data'))");
  }

  async upsertMany(records: CandidateRecordData[]): Promise<UpsertReport> {
    if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    const column = <K extends keyof CandidateRecordData>(key: K) => records.map((record) => record[key]);
    // Arrays bound as single parameters and unnested: one statement per batch, whatever its size.
    const rows = await this.em.execute<Array<{ inserted: boolean }>>(
      `INSERT INTO identity_candidate_records
         (id, candidate_number, first_name, surname, first_name_key, surname_key, date_of_birth, email, telephone)
       SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[])
       ON CONFLICT (candidate_number) DO UPDATE SET
         first_name = EXCLUDED.first_name, surname = EXCLUDED.surname,
         first_name_key = EXCLUDED.first_name_key, surname_key = EXCLUDED.surname_key,
         date_of_birth = EXCLUDED.date_of_birth, email = EXCLUDED.email, telephone = EXCLUDED.telephone,
         updated_at = now()
       WHERE (identity_candidate_records.first_name, identity_candidate_records.surname, identity_candidate_records.date_of_birth,
              identity_candidate_records.email, identity_candidate_records.telephone)
             IS DISTINCT FROM (EXCLUDED.first_name, EXCLUDED.surname, EXCLUDED.date_of_birth, EXCLUDED.email, EXCLUDED.telephone)
       RETURNING (xmax = 0) AS inserted`,
      [
        pgArray(records.map(() => randomUUID())),
        pgArray(column('candidateNumber')),
        pgArray(column('firstName')),
        pgArray(column('surname')),
        pgArray(column('firstNameKey')),
        pgArray(column('surnameKey')),
        pgArray(column('dateOfBirth')),
        pgArray(column('email')),
        pgArray(column('telephone')),
      ],
    );
    const created = rows.filter((row) => row.inserted).length;
    const updated = rows.length - created;
    return { created, updated, unchanged: records.length - rows.length };
  }

  async suggestionsFor(
    claim: { candidateNumber: string; firstName: string; surname: string; dateOfBirth?: string | null },
    limit: number,
  ): Promise<CandidateRecordSuggestion[]> {
    const firstNameKey = nameKey(claim.firstName);
    const surnameKey = nameKey(claim.surname);
    const dob = claim.dateOfBirth ?? null;
    const lookups: string[] = [];
    const params: unknown[] = [];
    if (claim.candidateNumber && claim.candidateNumber !== UNKNOWN_CANDIDATE_NUMBER) {
      lookups.push(
        `(SELECT id FROM identity_candidate_records WHERE candidate_number = ? LIMIT ${PER_LOOKUP})`,
      );
      params.push(claim.candidateNumber);
    }
    if (dob) {
      // Born the same day, whatever the names: a few dozen records even in millions (date of birth index).
      lookups.push(
        `(SELECT id FROM identity_candidate_records WHERE date_of_birth = ?::date
          ORDER BY similarity(surname_key, ?) + similarity(first_name_key, ?) DESC LIMIT ${PER_LOOKUP})`,
      );
      params.push(dob, surnameKey, firstNameKey);
    }
    lookups.push(
      `(SELECT id FROM identity_candidate_records WHERE first_name_key = ? AND surname_key = ? LIMIT ${PER_LOOKUP})`,
    );
    params.push(firstNameKey, surnameKey);
    // A similar surname and first name, born any day (trigram index on the surname).
    lookups.push(
      `(SELECT id FROM identity_candidate_records WHERE surname_key % ? AND similarity(first_name_key, ?) >= ${SIMILAR_FIRST_NAME}
        ORDER BY similarity(surname_key, ?) DESC LIMIT ${PER_LOOKUP})`,
    );
    params.push(surnameKey, firstNameKey, surnameKey);

    const rows = await this.em.execute<RecordRow[]>(
      `SELECT ${COLUMNS}, a.id AS linked_account_id,
              similarity(r.first_name_key, ?) AS first_name_similarity, similarity(r.surname_key, ?) AS surname_similarity
       FROM identity_candidate_records r LEFT JOIN identity_accounts a ON a.candidate_record_id = r.id
       WHERE r.id IN (${lookups.join(' UNION ')})`,
      [firstNameKey, surnameKey, ...params],
    );
    return (
      rows
        .map((row) => {
          const matchedFields: CandidateRecordSuggestion['matchedFields'] = [];
          const similarFields: CandidateRecordSuggestion['similarFields'] = [];
          if (row.candidate_number === claim.candidateNumber) matchedFields.push('candidateNumber');
          if (row.first_name_key === firstNameKey) matchedFields.push('firstName');
          else if (Number(row.first_name_similarity) >= SIMILAR_FIRST_NAME) similarFields.push('firstName');
          if (row.surname_key === surnameKey) matchedFields.push('surname');
          else if (Number(row.surname_similarity) >= SIMILAR_SURNAME) similarFields.push('surname');
          if (dob && dateText(row.date_of_birth) === dob) matchedFields.push('dateOfBirth');
          const score =
            Number(matchedFields.includes('candidateNumber')) +
            Number(matchedFields.includes('dateOfBirth')) +
            Number(row.first_name_similarity) +
            Number(row.surname_similarity);
          const suggestion = {
            record: toRecord(row),
            matchedFields,
            similarFields,
            linkedAccountId: row.linked_account_id ?? null,
          };
          return { suggestion, score };
        })
        // Two details that agree or are close, or the candidate number alone (a record to look at, at least).
        .filter(
          ({ suggestion }) =>
            suggestion.matchedFields.includes('candidateNumber') ||
            suggestion.matchedFields.length + suggestion.similarFields.length >= 2,
        )
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.suggestion.record.candidateNumber.localeCompare(b.suggestion.record.candidateNumber),
        )
        .map(({ suggestion }) => suggestion)
        .slice(0, limit)
    );
  }
}

function dateText(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function toRecord(row: RecordRow): CandidateRecord {
  return {
    id: row.id,
    candidateNumber: row.candidate_number,
    firstName: row.first_name,
    surname: row.surname,
    dateOfBirth: dateText(row.date_of_birth),
    email: row.email,
    telephone: row.telephone,
  };
}

/** A PostgreSQL array literal, so the driver binds the whole column as one parameter. */
function pgArray(values: Array<string | null>): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}
