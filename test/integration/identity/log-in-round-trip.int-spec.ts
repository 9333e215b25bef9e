import { RequestContext } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { LogIn } from '../../../src/identity/access/application/commands/log-in/log-in.command';
import { LogInHandler } from '../../../src/identity/access/application/commands/log-in/log-in.handler';
import { AccessTokenIssuer } from '../../../src/identity/access/application/services/access-token-issuer';
import { SqlLoginAttemptRepository } from '../../../src/identity/access/infrastructure/persistence/sql-login-attempt.repository';
import { EmailVerificationResender } from '../../../src/identity/application/services/email-verification-resender';
import { LoginGuard } from '../../../src/identity/application/services/login-guard';
import {
  aThirdParty,
  FakePasswordHasher,
  FakeSecondFactor,
  GOOD_PASSWORD,
  identityMailer,
} from '../../../src/identity/application/testing/in-memory-identity';
import { InvalidCredentialsError, TooManyAttemptsError } from '../../../src/identity/domain/identity.errors';
import { loginAttemptKey } from '../../../src/identity/domain/login-lockout';
import { AccountSchema } from '../../../src/identity/infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from '../../../src/identity/infrastructure/persistence/mikro-orm-account.repository';
import {
  MikroOrmAccessTokenRepository,
  MikroOrmOneTimeTokenRepository,
} from '../../../src/identity/infrastructure/persistence/mikro-orm-token.repositories';
import { SqlLoginLedger } from '../../../src/identity/infrastructure/persistence/sql-login-ledger';
import {
  AccessTokenSchema,
  OneTimeTokenSchema,
} from '../../../src/identity/infrastructure/persistence/token.schemas';
import { clockAt, recordingEmailOutbox } from '../../../src/shared/application/testing';
import { AuditEventRecordSchema } from '../../../src/shared/infrastructure/audit/audit-event-record';
import { MikroOrmAuditLog } from '../../../src/shared/infrastructure/audit/mikro-orm-audit-log';
import { DomainEventReactions } from '../../../src/shared/infrastructure/database/domain-event-reactions';
import { MikroOrmUnitOfWork } from '../../../src/shared/infrastructure/database/mikro-orm-unit-of-work';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';
import { statementsDuring } from '../../support/statements';

// The password login wired to Postgres as the app wires it (only the hasher is fast): each request in its own
// context, a successful login read in one statement and written in one, failures counted and locking as before.
describe('LogIn against Postgres', () => {
  let db: TestOrm;
  let handler: LogInHandler;
  const now = new Date('2026-12-05T08:00:00Z');
  const policy = { maxConsecutiveFailures: 3, lockMinutes: 15 };
  const actor = { accountId: null, ip: '192.0.2.9' };

  beforeAll(async () => {
    db = await ormOnTestDatabase([
      AccountSchema,
      AccessTokenSchema,
      OneTimeTokenSchema,
      AuditEventRecordSchema,
    ]);
    const em = db.orm.em;
    const clock = clockAt(now.toISOString());
    // No reaction is involved in a login: the reactions are left undiscovered.
    const uow = new MikroOrmUnitOfWork(em, new DomainEventReactions(undefined as never));
    const accounts = new MikroOrmAccountRepository(em);
    const audit = new MikroOrmAuditLog(em);
    const guard = new LoginGuard(
      uow,
      accounts,
      new SqlLoginAttemptRepository(em),
      new FakeSecondFactor(),
      new SqlLoginLedger(em),
      audit,
      clock,
      policy,
    );
    const { emails } = recordingEmailOutbox();
    handler = new LogInHandler(
      new FakePasswordHasher(),
      guard,
      new EmailVerificationResender(
        uow,
        accounts,
        new MikroOrmOneTimeTokenRepository(em),
        identityMailer(emails),
        clock,
      ),
      new AccessTokenIssuer(new MikroOrmAccessTokenRepository(em), audit, clock),
    );
  });
  afterAll(() => db.close());

  const request = (email: string, password: string, issueToken = false) =>
    RequestContext.create(db.orm.em, () =>
      handler.execute(new LogIn({ email, password, issueToken }, actor)),
    );
  const rows = (sql: string, params: unknown[]) => db.fresh().getConnection().execute(sql, params);
  const anAccount = async (email: string) => {
    const account = aThirdParty({ id: randomUUID(), email });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    return account;
  };
  const attemptsOf = (email: string) =>
    rows('SELECT consecutive_failures, locked_until FROM identity_login_attempts WHERE key = ?', [
      loginAttemptKey(email),
    ]);

  it('reads once and writes once: the login, the cleared count, the token and both audit rows', async () => {
    const account = await anAccount('round.trip@garage.example');
    await expect(request(account.email, 'a wrong password')).rejects.toBeInstanceOf(InvalidCredentialsError);
    expect(await attemptsOf(account.email)).toHaveLength(1);

    const { statements, result } = await statementsDuring(() => request(account.email, GOOD_PASSWORD, true));

    expect(statements.map((text) => text.split(' ')[0])).toEqual(['SELECT', 'WITH']);
    expect(result.token).toBeDefined();
    expect(await attemptsOf(account.email)).toEqual([]);
    const [stored] = await rows('SELECT last_login_at FROM identity_accounts WHERE id = ?', [account.id]);
    expect(new Date(stored.last_login_at)).toEqual(now);
    const tokens = await rows('SELECT id FROM identity_access_tokens WHERE account_id = ?', [account.id]);
    expect(tokens).toHaveLength(1);
    const audit = await rows(
      'SELECT action, target_id FROM audit_events WHERE actor_id = ? ORDER BY action',
      [account.id],
    );
    expect(audit).toEqual([
      { action: 'identity.login-succeeded', target_id: account.id },
      { action: 'identity.token-issued', target_id: tokens[0].id },
    ]);
  });

  it('locks after the policy’s failures in a row, and then refuses the right password too', async () => {
    const account = await anAccount('guessed@garage.example');
    for (let attempt = 1; attempt < policy.maxConsecutiveFailures; attempt++)
      await expect(request(account.email, `guess ${attempt}`)).rejects.toBeInstanceOf(
        InvalidCredentialsError,
      );
    await expect(request(account.email, 'last guess')).rejects.toBeInstanceOf(InvalidCredentialsError);

    const locked = request(account.email, GOOD_PASSWORD, true);
    await expect(locked).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(locked).rejects.toMatchObject({ retryAfterSeconds: policy.lockMinutes * 60 });
    const [stored] = await rows('SELECT last_login_at FROM identity_accounts WHERE id = ?', [account.id]);
    expect(stored.last_login_at).toBeNull();
    expect(await rows('SELECT 1 FROM identity_access_tokens WHERE account_id = ?', [account.id])).toEqual([]);
    const failures = await rows(
      `SELECT action, target_id FROM audit_events WHERE action LIKE 'identity.login-%' AND target_id = ?`,
      [account.id],
    );
    expect(failures.map((row) => String(row.action)).sort()).toEqual([
      'identity.login-failed',
      'identity.login-failed',
      'identity.login-locked',
    ]);
  });

  it('answers an unknown address as a wrong password, after the same single read, and counts it', async () => {
    const account = await anAccount('known@garage.example');
    const known = await statementsDuring(() => request(account.email, 'a wrong password').catch((e) => e));
    const unknown = await statementsDuring(() =>
      request('unknown@garage.example', 'a wrong password').catch((e) => e),
    );

    expect(unknown.result).toBeInstanceOf(InvalidCredentialsError);
    expect(unknown.result.message).toBe(known.result.message);
    // The same statements in the same order: the read, then counting the failure with its audit row.
    expect(unknown.statements).toEqual(known.statements);
    expect(await attemptsOf('unknown@garage.example')).toEqual([
      expect.objectContaining({ consecutive_failures: 1, locked_until: null }),
    ]);
  });
});
