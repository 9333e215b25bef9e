import { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Account, AccountStatus } from '../../domain/account';
import { AccountRepository } from '../../domain/account.repository';
import { AccountSchema } from './account.schema';
import { translateUniqueViolation } from './unique-violations';
import { mappedRows } from '../../../shared/infrastructure/database/mapped-rows';
import { isUuid } from '../../../shared/infrastructure/database/uuid';

@Injectable()
export class MikroOrmAccountRepository extends AccountRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async byId(id: string): Promise<Account | null> {
    if (!isUuid(id)) return null;
    // As findOne answers, without its query builder (a checkout and every profile page ask this): the
    // account already in this unit of work if it is there, else the row mapped by the schema.
    const kept = this.em.getUnitOfWork().getById<Account>(AccountSchema.meta.className, id);
    if (kept) return kept;
    const [account] = await mappedRows(
      this.em,
      AccountSchema,
      'SELECT * FROM identity_accounts WHERE id = ?',
      [id],
    );
    return account ?? null;
  }

  byEmail(email: string): Promise<Account | null> {
    return this.em.findOne(AccountSchema, where({ _email: email }));
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.em.count(AccountSchema, where({ _email: email }))) > 0;
  }

  async linkedTo(candidateRecordId: string): Promise<string | null> {
    const rows = await this.em.execute<Array<{ id: string }>>(
      'SELECT id FROM identity_accounts WHERE candidate_record_id = ? LIMIT 1',
      [candidateRecordId],
    );
    return rows[0]?.id ?? null;
  }

  async add(account: Account): Promise<void> {
    this.em.persist(account);
    await this.flush();
  }

  async save(): Promise<void> {
    await this.flush();
  }

  async listByStatus(
    status: AccountStatus,
    page: number,
    pageSize: number,
  ): Promise<{ items: Account[]; total: number }> {
    const [items, total] = await this.em.findAndCount(
      AccountSchema,
      where({ _role: 'candidate', _status: status }),
      {
        orderBy: order({ _createdAt: 'asc', _id: 'asc' }),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return { items, total };
  }

  count(): Promise<number> {
    return this.em.count(AccountSchema, {});
  }

  listStaff(): Promise<Account[]> {
    return this.em.find(AccountSchema, where({ _role: 'staff' }), {
      orderBy: order({ _surname: 'asc', _firstName: 'asc', _id: 'asc' }),
    });
  }

  async lockStaffCount(): Promise<number> {
    const rows = await this.em.execute<Array<{ id: string }>>(
      `SELECT id FROM identity_accounts WHERE role = 'staff' FOR UPDATE`,
    );
    return rows.length;
  }

  async claimSecondFactorStep(accountId: string, step: number): Promise<boolean> {
    // One conditional update: Postgres row locking makes concurrent claims of one step queue, and
    // every claim after the first finds the condition false.
    const result = await this.em.getConnection().execute<{ affectedRows: number }>(
      `UPDATE identity_accounts SET totp_last_step = ?, totp_enrolled_at = COALESCE(totp_enrolled_at, now())
         WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)`,
      [step, accountId, step],
      'run',
    );
    return result.affectedRows === 1;
  }

  async remove(account: Account): Promise<void> {
    this.em.remove(account);
    await this.flush();
  }

  private async flush(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }
}

// The schema maps the aggregate's private `_` fields (account.schema.ts), which its public type hides:
// queries and orderings name those fields.
function where(query: Record<string, unknown>): FilterQuery<Account> {
  return query as FilterQuery<Account>;
}

function order(by: Record<string, 'asc' | 'desc'>): QueryOrderMap<Account> {
  return by as QueryOrderMap<Account>;
}
