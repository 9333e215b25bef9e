import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AchievementSearch, AchievementSearchHit } from '../../application/ports/achievement-search';
import { AchievementDetailsRow } from './achievement-details-row';

const COLUMNS = `certificate_number, kind, title, qualification_number, candidate_number, full_name,
  to_char(issue_date, 'YYYY-MM-DD') AS issue_date, revoked_at IS NOT NULL AS revoked`;

type Row = Pick<
  AchievementDetailsRow,
  | 'certificate_number'
  | 'kind'
  | 'title'
  | 'qualification_number'
  | 'candidate_number'
  | 'full_name'
  | 'issue_date'
> & { revoked: boolean; rank: number };

/**
 * ILIKE '%text%' on the columns carrying trigram GIN indexes (back-office search migration): a bitmap
 * index scan even over a million achievements. Input travels only as bound parameters.
 */
@Injectable()
export class SqlAchievementSearch extends AchievementSearch {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async search({ text, limit }: { text: string; limit: number }): Promise<AchievementSearchHit[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // No ORDER BY in SQL: sorting every match of a broad term ("level") costs over a second on a
    // million rows, while the first matches come back in milliseconds. The exact certificate number,
    // if there is one, always comes first; the rest are put in order here.
    // One branch per trigram-indexed column, each with its own LIMIT: under a single LIMIT the ORed
    // predicates lead the planner to a sequential scan of the million rows.
    const rows = await this.em.getConnection().execute<Row[]>(
      `(SELECT ${COLUMNS}, 0 AS rank FROM achievements WHERE certificate_number = upper(?))
       UNION ALL (SELECT ${COLUMNS}, 1 AS rank FROM achievements WHERE certificate_number ILIKE ? LIMIT ?)
       UNION ALL (SELECT ${COLUMNS}, 1 AS rank FROM achievements WHERE qualification_number ILIKE ? LIMIT ?)
       UNION ALL (SELECT ${COLUMNS}, 1 AS rank FROM achievements WHERE title ILIKE ? LIMIT ?)`,
      [text, pattern, limit, pattern, limit, pattern, limit],
    );
    const seen = new Set<string>();
    const unique = rows
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          b.issue_date.localeCompare(a.issue_date) ||
          a.certificate_number.localeCompare(b.certificate_number),
      )
      .filter((row) => !seen.has(row.certificate_number) && seen.add(row.certificate_number))
      .slice(0, limit);
    return unique.map((row) => ({
      certificateNumber: row.certificate_number,
      kind: row.kind,
      title: row.title,
      qualificationNumber: row.qualification_number,
      candidateNumber: row.candidate_number,
      fullName: row.full_name,
      issueDate: row.issue_date,
      revoked: row.revoked,
    }));
  }
}
