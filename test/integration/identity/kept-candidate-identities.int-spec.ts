// The candidate identities a web process keeps for other contexts (a checkout, a share; ADR 0034), on the
// real PostgreSQL: kept between requests, forgotten at once when this process changes one, as soon as it
// hears that another process did, never kept from inside a transaction, and not announced for the
// changes a login makes. `other` stands for another process.
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  CANDIDATE_IDENTITY_CHANGES_TOPIC,
  SqlCandidateIdentities,
} from '../../../src/identity/registration/infrastructure/persistence/sql-candidate-identities';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { ListeningDatabase, listeningDatabase } from '../../support/database-changes';
import { statementsDuring } from '../../support/statements';

describe('kept candidate identities', () => {
  let db: ListeningDatabase;
  let orm: MikroORM;
  let other: Client;
  let changes: DatabaseChanges;
  let identities: SqlCandidateIdentities;
  /** The accounts whose identity change this process heard, in order. */
  const announced: string[] = [];

  beforeAll(async () => {
    db = await listeningDatabase();
    ({ orm, other, changes } = db);
    changes.subscribe(CANDIDATE_IDENTITY_CHANGES_TOPIC, {
      changed: (id) => announced.push(id),
      lost: () => undefined,
    });
    identities = new SqlCandidateIdentities(orm.em, changes);
  });

  afterAll(async () => {
    await db?.close();
  });

  const heardEverythingSoFar = () => db.heardEverythingSoFar();

  /** A candidate's account written by another process, awaiting authorisation (not yet linked to its record). */
  const aCandidate = async (): Promise<string> => {
    const id = randomUUID();
    await other.query(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname,
         sessions_valid_after, created_at, updated_at)
       VALUES ($1, 'candidate', 'pending_authorisation', $2, now(), 'Ada', 'Lovelace', now(), now(), now())`,
      [id, `${id}@candidates.example`],
    );
    await heardEverythingSoFar();
    return id;
  };

  const read = (accountId: string) => statementsDuring(() => identities.of(accountId));

  it('keeps an identity: the next read sends no statement and gets a copy of its own', async () => {
    const id = await aCandidate();
    const first = await read(id);
    expect(first.statements).toHaveLength(1);
    expect(first.result).toMatchObject({ accountId: id, firstName: 'Ada', hasPhoto: false });

    const again = await read(id);
    expect(again.statements).toEqual([]);
    expect(again.result).toEqual(first.result);
    expect(again.result).not.toBe(first.result);
  });

  it('forgets an identity this process changed before the change returns', async () => {
    const id = await aCandidate();
    await read(id);
    await orm.em.getConnection().execute(`UPDATE identity_accounts SET surname = 'Byron' WHERE id = ?`, [id]);

    const after = await read(id);
    expect(after.statements).toHaveLength(1);
    expect(after.result?.surname).toBe('Byron');
  });

  it.each([
    ['email', `email = 'moved-' || id || '@candidates.example'`],
    ['photo', `photo_key = 'photos/' || id`],
    ['role', `role = 'third_party'`],
  ])('forgets an identity whose %s another process changed, once heard', async (_what, change) => {
    const id = await aCandidate();
    await read(id);
    await other.query(`UPDATE identity_accounts SET ${change} WHERE id = $1`, [id]);
    await heardEverythingSoFar();

    expect(announced).toContain(id);
    expect((await read(id)).statements).toHaveLength(1);
  });

  it('forgets an identity once heard that its account was linked to its record (approved)', async () => {
    const id = await aCandidate();
    expect((await read(id)).result?.candidateNumber).toBeNull();
    const recordId = randomUUID();
    const candidateNumber = `7${id.replace(/\D/g, '').slice(0, 7).padEnd(7, '0')}`;
    await other.query(
      `INSERT INTO identity_candidate_records (id, candidate_number, first_name, surname, first_name_key, surname_key,
         date_of_birth) VALUES ($1, $2, 'Ada', 'Lovelace', 'ada', 'lovelace', '1990-12-10')`,
      [recordId, candidateNumber],
    );
    await other.query(
      `UPDATE identity_accounts SET candidate_record_id = $2, candidate_number = $3, status = 'active' WHERE id = $1`,
      [id, recordId, candidateNumber],
    );
    await heardEverythingSoFar();

    expect(announced).toContain(id);
    expect((await read(id)).result?.candidateNumber).toBe(candidateNumber);
  });

  it('forgets a deleted account, once heard', async () => {
    const id = await aCandidate();
    await read(id);
    await other.query('DELETE FROM identity_accounts WHERE id = $1', [id]);
    await heardEverythingSoFar();

    expect(await identities.of(id)).toBeNull();
  });

  it('is not told of what a login changes, so it keeps the identity through logins', async () => {
    const id = await aCandidate();
    await read(id);
    await other.query(
      `UPDATE identity_accounts SET last_login_at = now(), password_hash = 'another', telephone = '01632 960001'
        WHERE id = $1`,
      [id],
    );
    await heardEverythingSoFar();

    expect(announced).not.toContain(id);
    expect((await read(id)).statements).toEqual([]);
  });

  it('serves a read made inside a transaction without keeping it: the transaction may roll back', async () => {
    const id = await aCandidate();
    await orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute(`UPDATE identity_accounts SET first_name = 'Augusta' WHERE id = ?`, [id]);
        // The process's own adapter, asked inside the transaction (as a reaction asks).
        expect((await identities.of(id))?.firstName).toBe('Augusta');
        throw new Error('rolled back');
      })
      .catch(() => undefined);

    const after = await read(id);
    expect(after.statements).toHaveLength(1);
    expect(after.result?.firstName).toBe('Ada');
  });
});
