import { randomUUID } from 'node:crypto';
import { AccessToken } from '../../../src/identity/domain/access-token';
import { aThirdParty } from '../../../src/identity/application/testing/in-memory-identity';
import { AccountSchema } from '../../../src/identity/infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from '../../../src/identity/infrastructure/persistence/mikro-orm-account.repository';
import { SqlLoginLedger } from '../../../src/identity/infrastructure/persistence/sql-login-ledger';
import { SqlLoginAttemptRepository } from '../../../src/identity/access/infrastructure/persistence/sql-login-attempt.repository';
import { AccessTokenSchema } from '../../../src/identity/infrastructure/persistence/token.schemas';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';
import { statementsDuring } from '../../support/statements';

// A sign-in is read in one statement and completed in one: every part of it lands, or (for an account that is
// gone) none.
describe('SqlLoginLedger', () => {
  let db: TestOrm;
  const at = new Date('2026-12-05T08:00:00Z');
  const policy = { maxConsecutiveFailures: 10, lockMinutes: 15 };

  beforeAll(async () => {
    db = await ormOnTestDatabase([AccountSchema, AccessTokenSchema]);
  });
  afterAll(() => db.close());

  // Timestamps come back as text from a raw statement: compared as dates.
  const rows = async (sql: string, params: unknown[] = []) =>
    (await db.fresh().getConnection().execute<Array<Record<string, unknown>>>(sql, params)).map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          column.endsWith('_at') && typeof value === 'string' ? new Date(value) : value,
        ]),
      ),
    );

  it('reads the account as the repository does, with its key’s lock, in one statement', async () => {
    const account = aThirdParty({ id: randomUUID(), email: 'lookup@candidates.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    await db
      .fresh()
      .getConnection()
      .execute('UPDATE identity_accounts SET totp_last_step = 123, last_login_at = ? WHERE id = ?', [
        at,
        account.id,
      ]);
    const key = `key-${account.id}`;
    const attempts = new SqlLoginAttemptRepository(db.fresh());
    for (let failure = 0; failure < policy.maxConsecutiveFailures; failure++)
      await attempts.recordFailure(key, at, policy);

    const em = db.fresh();
    const { statements, result } = await statementsDuring(() =>
      new SqlLoginLedger(em).lookUp(account.email, key, at),
    );

    expect(statements).toHaveLength(1);
    const expected = await new MikroOrmAccountRepository(db.fresh()).byEmail(account.email);
    expect(stateOf(result.account!)).toEqual(stateOf(expected!));
    expect(result.attempts).toEqual({ counted: true, lockedUntil: new Date(at.getTime() + 15 * 60_000) });
    // Managed as a read leaves it: a later flush (a failure's unit of work) finds nothing changed to write.
    expect(em.getUnitOfWork().getIdentityMap().values()).toContain(result.account);
    expect((await statementsDuring(() => em.flush())).statements).toEqual([]);
  });

  it('reads an unknown address as no account, a past lock as none, and no count as nothing to clear', async () => {
    const ledger = new SqlLoginLedger(db.fresh());
    expect(await ledger.lookUp('nobody@candidates.example', 'key-nobody', at)).toEqual({
      account: null,
      attempts: { counted: false, lockedUntil: null },
    });
    await new SqlLoginAttemptRepository(db.fresh()).recordFailure('key-earlier', at, {
      maxConsecutiveFailures: 1,
      lockMinutes: 15,
    });
    const later = new Date(at.getTime() + 16 * 60_000);
    expect(await ledger.lookUp('nobody@candidates.example', 'key-earlier', later)).toEqual({
      account: null,
      attempts: { counted: true, lockedUntil: null },
    });
  });

  it('records the login, the new hash, the token and the audit rows, and clears the failure count', async () => {
    const account = aThirdParty({ id: randomUUID(), email: 'ledger@candidates.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    const key = `key-${account.id}`;
    await new SqlLoginAttemptRepository(db.fresh()).recordFailure(key, at, policy);
    const { accessToken } = AccessToken.issue(account.id, at);

    await new SqlLoginLedger(db.fresh()).recordSuccess({
      accountId: account.id,
      at,
      clearAttemptsOf: key,
      rehash: 'hashed:stronger',
      token: accessToken,
      audit: [
        {
          actorId: account.id,
          action: 'identity.login-succeeded',
          targetType: 'account',
          targetId: account.id,
          ip: '192.0.2.1',
        },
        {
          actorId: account.id,
          action: 'identity.token-issued',
          targetType: 'access-token',
          targetId: accessToken.id,
          details: { via: 'api' },
        },
      ],
    });

    const stored = (await new MikroOrmAccountRepository(db.fresh()).byId(account.id))!;
    expect(stored.lastLoginAt).toEqual(at);
    expect(stored.passwordHash).toBe('hashed:stronger');
    expect(await new SqlLoginAttemptRepository(db.fresh()).state(key, at)).toEqual({
      counted: false,
      lockedUntil: null,
    });
    expect(
      await rows(
        'SELECT id, account_id, token_hash, expires_at, revoked_at FROM identity_access_tokens WHERE account_id = ?',
        [account.id],
      ),
    ).toEqual([
      {
        id: accessToken.id,
        account_id: account.id,
        token_hash: accessToken.tokenHash,
        expires_at: accessToken.expiresAt,
        revoked_at: null,
      },
    ]);
    const audit = await rows(
      'SELECT action, target_id, ip, details, occurred_at FROM audit_events WHERE actor_id = ? ORDER BY action',
      [account.id],
    );
    expect(audit).toEqual([
      {
        action: 'identity.login-succeeded',
        target_id: account.id,
        ip: '192.0.2.1',
        details: {},
        occurred_at: at,
      },
      {
        action: 'identity.token-issued',
        target_id: accessToken.id,
        ip: null,
        details: { via: 'api' },
        occurred_at: at,
      },
    ]);
  });

  it('keeps the hash and writes no token when there is none, and leaves other keys counted', async () => {
    const account = aThirdParty({ id: randomUUID(), email: 'ledger.web@candidates.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    await new SqlLoginAttemptRepository(db.fresh()).recordFailure('someone-else', at, policy);

    await new SqlLoginLedger(db.fresh()).recordSuccess({
      accountId: account.id,
      at,
      clearAttemptsOf: null,
      audit: [{ actorId: account.id, action: 'identity.login-succeeded' }],
    });

    const stored = (await new MikroOrmAccountRepository(db.fresh()).byId(account.id))!;
    expect(stored.passwordHash).toBe(account.passwordHash);
    expect(await rows('SELECT 1 FROM identity_access_tokens WHERE account_id = ?', [account.id])).toEqual([]);
    expect((await new SqlLoginAttemptRepository(db.fresh()).state('someone-else', at)).counted).toBe(true);
  });

  it('writes no token for an account that is gone, and never half a login', async () => {
    const gone = randomUUID();
    const { accessToken } = AccessToken.issue(gone, at);
    await new SqlLoginLedger(db.fresh()).recordSuccess({
      accountId: gone,
      at,
      clearAttemptsOf: null,
      token: accessToken,
      audit: [{ actorId: null, action: 'identity.login-succeeded', targetId: gone }],
    });
    expect(await rows('SELECT 1 FROM identity_access_tokens WHERE id = ?', [accessToken.id])).toEqual([]);

    const account = aThirdParty({ id: randomUUID(), email: 'ledger.atomic@candidates.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    const bad = new SqlLoginLedger(db.fresh()).recordSuccess({
      accountId: account.id,
      at,
      clearAttemptsOf: null,
      audit: [{ actorId: account.id, action: 'x'.repeat(101) }],
    });
    await expect(bad).rejects.toThrow();
    const stored = (await new MikroOrmAccountRepository(db.fresh()).byId(account.id))!;
    expect(stored.lastLoginAt).toBeNull();
  });
});
