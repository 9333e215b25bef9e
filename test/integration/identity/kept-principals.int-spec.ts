// The principals a web process keeps (ADR 0026), on the real PostgreSQL: kept between requests, forgotten
// at once when this process changes what they are made of, as soon as it hears when another process does,
// and never kept while the process cannot hear changes. `other` stands for another web process.
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  IdentityPrincipalResolver,
  PRINCIPAL_CHANGES_TOPIC,
} from '../../../src/identity/access/infrastructure/adapters/identity-principal-resolver';
import { hashSecretToken } from '../../../src/identity/domain/secret-token';
import { SystemClock } from '../../../src/shared/domain/clock';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { ListeningDatabase, listeningDatabase } from '../../support/database-changes';
import { eventually } from '../../support/eventually';

describe('kept principals', () => {
  let db: ListeningDatabase;
  let orm: MikroORM;
  let other: Client;
  let changes: DatabaseChanges;
  let resolver: IdentityPrincipalResolver;
  let reads: jest.SpyInstance;

  beforeAll(async () => {
    db = await listeningDatabase();
    ({ orm, other, changes } = db);
    resolver = new IdentityPrincipalResolver(orm.em, new SystemClock(), changes);
    reads = jest.spyOn(orm.em.getConnection(), 'execute');
  });

  afterAll(async () => {
    await db?.close();
  });

  /** An active third party (no candidate record needed) with one bearer token. */
  async function accountWithToken() {
    const accountId = randomUUID();
    const token = `token-${randomUUID()}`;
    await other.query(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname,
         sessions_valid_after, created_at, updated_at)
       VALUES ($1, 'third_party', 'active', $2, now(), 'Ada', 'Lovelace', now() - interval '1 hour', now(), now())`,
      [accountId, `${accountId}@example.test`],
    );
    await other.query(
      `INSERT INTO identity_access_tokens (id, account_id, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + interval '1 hour')`,
      [randomUUID(), accountId, hashSecretToken(token)],
    );
    return {
      accountId,
      token,
      login: { accountId, authenticatedAt: Date.now() - 60_000, rememberMe: false },
    };
  }

  const heardEverythingSoFar = () => db.heardEverythingSoFar();

  it('keeps a token’s and a session’s principal: the next request reads nothing', async () => {
    const { token, login } = await accountWithToken();
    expect(await resolver.fromBearerToken(token)).toMatchObject({
      displayName: 'Ada Lovelace',
      via: 'token',
    });
    expect(await resolver.fromSession(login)).toMatchObject({ displayName: 'Ada Lovelace', via: 'session' });
    expect(changes.hearing).toBe(true);
    reads.mockClear();
    expect(await resolver.fromBearerToken(token)).toMatchObject({ displayName: 'Ada Lovelace' });
    expect(await resolver.fromSession(login)).toMatchObject({ displayName: 'Ada Lovelace' });
    expect(reads).not.toHaveBeenCalled();
  });

  it('forgets a token revoked by this process before the revoking statement has returned', async () => {
    const { accountId, token } = await accountWithToken();
    expect(await resolver.fromBearerToken(token)).not.toBeNull();
    await orm.em
      .getConnection()
      .execute('UPDATE identity_access_tokens SET revoked_at = now() WHERE account_id = ?', [accountId]);
    expect(await resolver.fromBearerToken(token)).toBeNull();
  });

  it('forgets what another process changes as soon as it is heard: suspension, a new name, ended sessions', async () => {
    const suspended = await accountWithToken();
    const renamed = await accountWithToken();
    const signedOut = await accountWithToken();
    for (const { token, login } of [suspended, renamed, signedOut]) {
      await resolver.fromBearerToken(token);
      await resolver.fromSession(login);
    }
    await other.query(`UPDATE identity_accounts SET status = 'suspended' WHERE id = $1`, [
      suspended.accountId,
    ]);
    await other.query(`UPDATE identity_accounts SET first_name = 'Augusta' WHERE id = $1`, [
      renamed.accountId,
    ]);
    await other.query(`UPDATE identity_accounts SET sessions_valid_after = now() WHERE id = $1`, [
      signedOut.accountId,
    ]);
    await heardEverythingSoFar();

    expect(await resolver.fromBearerToken(suspended.token)).toBeNull();
    expect(await resolver.fromSession(suspended.login)).toBeNull();
    expect(await resolver.fromBearerToken(renamed.token)).toMatchObject({ displayName: 'Augusta Lovelace' });
    expect(await resolver.fromSession(renamed.login)).toMatchObject({ displayName: 'Augusta Lovelace' });
    expect(await resolver.fromSession(signedOut.login)).toBeNull();
  });

  it('keeps a principal through changes that are no part of it (the last login)', async () => {
    const { accountId, token } = await accountWithToken();
    await resolver.fromBearerToken(token);
    const announced = jest.fn();
    changes.subscribe(PRINCIPAL_CHANGES_TOPIC, { changed: announced, lost: () => undefined });
    await other.query('UPDATE identity_accounts SET last_login_at = now() WHERE id = $1', [accountId]);
    await heardEverythingSoFar();
    expect(announced).not.toHaveBeenCalledWith(accountId);
    reads.mockClear();
    expect(await resolver.fromBearerToken(token)).not.toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });

  it('does not keep what it read while a change was heard: the read may predate the change', async () => {
    const { accountId, token } = await accountWithToken();
    const execute = orm.em.getConnection().execute.bind(orm.em.getConnection());
    // The rename commits after the principal was read and before the read's answer is kept.
    reads.mockImplementationOnce(async (...args: Parameters<typeof execute>) => {
      const rows = await execute(...args);
      await other.query(`UPDATE identity_accounts SET surname = 'King' WHERE id = $1`, [accountId]);
      await heardEverythingSoFar();
      return rows;
    });
    expect(await resolver.fromBearerToken(token)).toMatchObject({ displayName: 'Ada Lovelace' });
    expect(await resolver.fromBearerToken(token)).toMatchObject({ displayName: 'Ada King' });
  });

  it('keeps what it read while changes to other accounts were heard: a busy portal keeps as much as a quiet one', async () => {
    const { token } = await accountWithToken();
    const someoneElse = await accountWithToken();
    const execute = orm.em.getConnection().execute.bind(orm.em.getConnection());
    // Another account is renamed after this principal was read and before the read's answer is kept.
    reads.mockImplementationOnce(async (...args: Parameters<typeof execute>) => {
      const rows = await execute(...args);
      await other.query(`UPDATE identity_accounts SET surname = 'King' WHERE id = $1`, [
        someoneElse.accountId,
      ]);
      await heardEverythingSoFar();
      return rows;
    });
    expect(await resolver.fromBearerToken(token)).toMatchObject({ displayName: 'Ada Lovelace' });
    reads.mockClear();
    expect(await resolver.fromBearerToken(token)).toMatchObject({ displayName: 'Ada Lovelace' });
    expect(reads).not.toHaveBeenCalled();
  });

  it('keeps nothing while no connection listens, and forgets what it kept when the last one ends', async () => {
    const { accountId, token } = await accountWithToken();
    await resolver.fromBearerToken(token);
    // Every connection of the pool ends (a restart of PostgreSQL, a network cut): changes go unheard.
    await other.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await eventually(() => !changes.hearing, { what: 'the pool to stop listening' });
    await other.query('UPDATE identity_access_tokens SET revoked_at = now() WHERE account_id = $1', [
      accountId,
    ]);
    // The next read opens a connection that listens again, and reads the token as it is now.
    expect(await resolver.fromBearerToken(token)).toBeNull();
    expect(changes.hearing).toBe(true);
  });
});
