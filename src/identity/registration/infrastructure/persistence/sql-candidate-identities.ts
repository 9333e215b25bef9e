import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { displayNameOf } from '../../../domain/account';
import { AccountRow } from '../../../infrastructure/persistence/account-row';
import { DatabaseChanges } from '../../../../shared/infrastructure/database/database-changes';
import { KeptUntilChanged } from '../../../../shared/infrastructure/database/kept-until-changed';
import { isInTransaction } from '../../../../shared/infrastructure/database/lazy-request-context';
import { isUuid } from '../../../../shared/infrastructure/database/uuid';
import { CandidateIdentities } from '../../application/ports/candidate-identities';
import { CandidateIdentity } from '../../application/views/candidate-identity';

interface IdentityRow extends Pick<
  AccountRow,
  'id' | 'email' | 'first_name' | 'surname' | 'candidate_number'
> {
  has_photo: boolean;
}

/** The topic of the triggers that announce a change to a candidate's identity (migration 20261207130000). */
export const CANDIDATE_IDENTITY_CHANGES_TOPIC = 'identity.candidate';

/**
 * One statement by primary key, kept until the database says the identity changed (ADR 0034): a checkout
 * or a share asks for it before its transaction. Through the entity manager, not the driver's connection: a
 * reaction in another context asks inside the transaction of the command that changed the account, and must
 * see it; such a read may see a change that is later rolled back, so it is served, never kept.
 */
@Injectable()
export class SqlCandidateIdentities extends CandidateIdentities {
  private readonly kept: KeptUntilChanged<CandidateIdentity>;

  constructor(
    private readonly em: EntityManager,
    changes: DatabaseChanges,
  ) {
    super();
    this.kept = new KeptUntilChanged(changes, CANDIDATE_IDENTITY_CHANGES_TOPIC);
  }

  async of(accountId: string): Promise<CandidateIdentity | null> {
    if (!isUuid(accountId)) return null;
    if (isInTransaction(this.em)) return this.read(accountId);
    // Kept identities are shared between requests: callers get a copy.
    const kept = await this.kept.get(accountId, () => this.read(accountId));
    return kept && { ...kept };
  }

  private async read(accountId: string): Promise<CandidateIdentity | null> {
    const [row] = await this.em.execute<IdentityRow[]>(
      `SELECT id, email, first_name, surname, candidate_number, photo_key IS NOT NULL AS has_photo
         FROM identity_accounts WHERE id = ? AND role = 'candidate'`,
      [accountId],
    );
    if (!row) return null;
    return {
      accountId: row.id,
      candidateNumber: row.candidate_number,
      displayName: displayNameOf(row.first_name, row.surname),
      firstName: row.first_name,
      surname: row.surname,
      email: row.email,
      hasPhoto: row.has_photo,
    };
  }
}
