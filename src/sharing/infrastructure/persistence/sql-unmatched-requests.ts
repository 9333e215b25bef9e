import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UnmatchedRequest, UnmatchedRequests } from '../../application/ports/unmatched-requests';

interface UnmatchedRow {
  id: string;
  third_party_account_id: string;
  candidate_number: string;
  surname: string;
  date_of_birth: string;
  message: string | null;
  created_at: Date | string;
  total: string;
}

@Injectable()
export class SqlUnmatchedRequests extends UnmatchedRequests {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async record(request: UnmatchedRequest): Promise<void> {
    await this.em.execute(
      `INSERT INTO sharing_unmatched_requests (id, third_party_account_id, candidate_number, surname, date_of_birth, message, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (third_party_account_id, candidate_number) DO NOTHING`,
      [
        request.id,
        request.thirdPartyAccountId,
        request.candidateNumber,
        request.surname,
        request.dateOfBirth,
        request.message,
        request.createdAt,
      ],
    );
  }

  async newestOf(
    thirdPartyAccountId: string,
    limit: number,
  ): Promise<{ items: UnmatchedRequest[]; total: number }> {
    const rows = await this.em.execute<UnmatchedRow[]>(
      `SELECT *, count(*) OVER () AS total FROM sharing_unmatched_requests
        WHERE third_party_account_id = ? ORDER BY created_at DESC, id LIMIT ?`,
      [thirdPartyAccountId, limit],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : 0;
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        thirdPartyAccountId: row.third_party_account_id,
        candidateNumber: row.candidate_number,
        surname: row.surname,
        dateOfBirth: row.date_of_birth,
        message: row.message,
        createdAt: new Date(row.created_at),
      })),
    };
  }
}
