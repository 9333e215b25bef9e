import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { displayNameOf } from '../../../domain/account';
import { AccountRow } from '../../../infrastructure/persistence/account-row';
import { isUuid } from '../../../../shared/infrastructure/database/uuid';
import { AccountSummaries } from '../../application/ports/account-summaries';
import { AccountSummary } from '../../application/views/account-summary';

interface SummaryRow extends AccountRow {
  company: string | null;
  photo_key: string | null;
}

/** One statement on identity_accounts, by primary key and by the unique email index. */
@Injectable()
export class SqlAccountSummaries extends AccountSummaries {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async find(by: { ids: string[]; emails: string[] }): Promise<AccountSummary[]> {
    const ids = by.ids.filter(isUuid);
    const wanted = [
      ...(ids.length > 0 ? [{ condition: 'id IN (?)', values: ids }] : []),
      ...(by.emails.length > 0 ? [{ condition: 'email IN (?)', values: by.emails }] : []),
    ];
    if (wanted.length === 0) return [];
    const rows = await this.em.getConnection().execute<SummaryRow[]>(
      `SELECT id, role, status, email, first_name, surname, company, candidate_number, photo_key
         FROM identity_accounts WHERE ${wanted.map((part) => part.condition).join(' OR ')}`,
      wanted.map((part) => part.values),
    );
    return rows.map((row) => ({
      accountId: row.id,
      role: row.role,
      status: row.status,
      email: row.email,
      displayName: displayNameOf(row.first_name, row.surname),
      company: row.company,
      candidateNumber: row.candidate_number,
      photoKey: row.photo_key,
    }));
  }
}
