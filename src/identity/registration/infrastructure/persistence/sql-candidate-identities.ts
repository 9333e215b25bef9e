import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { displayNameOf } from '../../../domain/account';
import { AccountRow } from '../../../infrastructure/persistence/account-row';
import { isUuid } from '../../../../shared/infrastructure/database/uuid';
import { CandidateIdentities } from '../../application/ports/candidate-identities';
import { CandidateIdentity } from '../../application/views/candidate-identity';

interface IdentityRow extends Pick<
  AccountRow,
  'id' | 'email' | 'first_name' | 'surname' | 'candidate_number'
> {
  has_photo: boolean;
}

/**
 * One statement by primary key. Through the entity manager, not the driver's connection: a reaction in
 * another context asks inside the transaction of the command that changed the account, and must see it.
 */
@Injectable()
export class SqlCandidateIdentities extends CandidateIdentities {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async of(accountId: string): Promise<CandidateIdentity | null> {
    if (!isUuid(accountId)) return null;
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
