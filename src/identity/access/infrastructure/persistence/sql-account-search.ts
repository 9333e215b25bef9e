import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccountRow } from '../../../infrastructure/persistence/account-row';
import { AccountSearch, AccountSearchHit } from '../../application/ports/account-search';

interface Row extends AccountRow {
  date_of_birth: string | Date | null;
}

/** `%` and `_` typed by staff are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * ILIKE '%text%' on the same expressions as the trigram GIN indexes of the back-office search migration,
 * so the planner can use them; input only ever travels as bound parameters.
 */
@Injectable()
export class SqlAccountSearch extends AccountSearch {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async search({
    text,
    dateOfBirth,
    limit,
  }: {
    text: string;
    dateOfBirth: string | null;
    limit: number;
  }): Promise<AccountSearchHit[]> {
    const pattern = likePattern(text);
    // One branch per indexed expression, each with its own LIMIT. A single WHERE with the ORs under one
    // LIMIT leads the planner to a sequential scan (it expects to meet the few matches early); alone,
    // each predicate is planned on its own trigram or b-tree index, and a broad term stops at `limit`.
    const columns = `id, role, status, email, first_name, surname, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
              coalesce(candidate_number, claimed_candidate_number) AS candidate_number`;
    const branch = (condition: string) =>
      `(SELECT ${columns} FROM identity_accounts WHERE role <> 'staff' AND ${condition} LIMIT ?)`;
    const found = await this.em
      .getConnection()
      .execute<Row[]>(
        [
          branch(`(first_name || ' ' || surname) ILIKE ?`),
          branch(`email ILIKE ?`),
          branch(`coalesce(candidate_number, claimed_candidate_number, '') ILIKE ?`),
          ...(dateOfBirth ? [branch(`date_of_birth = ?::date`)] : []),
        ].join(' UNION ALL '),
        [pattern, limit, pattern, limit, pattern, limit, ...(dateOfBirth ? [dateOfBirth, limit] : [])],
      );
    const seen = new Set<string>();
    const rows = found.filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, limit);
    // Sorted here, not in SQL: ordering every match of a broad term would read them all (see the
    // achievement search); the first matches are enough, and the person narrows the search.
    rows.sort(
      (a, b) =>
        a.surname.localeCompare(b.surname) ||
        a.first_name.localeCompare(b.first_name) ||
        a.id.localeCompare(b.id),
    );
    return rows.map((row) => ({
      accountId: row.id,
      role: row.role,
      status: row.status,
      email: row.email,
      firstName: row.first_name,
      surname: row.surname,
      dateOfBirth: row.date_of_birth === null ? null : String(row.date_of_birth),
      candidateNumber: row.candidate_number,
    }));
  }
}
