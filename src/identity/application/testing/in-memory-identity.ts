// Object mothers and in-memory stand-ins of Identity's ports, for the handlers' unit specs.
import { AuditLog } from '../../../shared/application/audit-log';
import { EmailOutbox } from '../../../shared/application/email-outbox';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { Clock } from '../../../shared/domain';
import { AccessToken, AccessTokenRepository } from '../../domain/access-token';
import { Account, AccountStatus } from '../../domain/account';
import { AccountRepository } from '../../domain/account.repository';
import { Address, AddressInput, checkAddress } from '../../domain/address';
import { AddressBook } from '../../domain/address-book';
import { AddressRepository } from '../../domain/address.repository';
import { MatchLookup } from '../../domain/candidate-match';
import { CandidateRecord, CandidateRecordData } from '../../domain/candidate-record';
import {
  CandidateRecordRepository,
  CandidateRecordSuggestion,
} from '../../domain/candidate-record.repository';
import { EmailTakenError } from '../../domain/identity.errors';
import {
  DEFAULT_LOCKOUT_POLICY,
  LockoutPolicy,
  LoginAttemptRepository,
  loginAttemptStateAt,
} from '../../domain/login-lockout';
import { nameKey } from '../../domain/name-key';
import { OneTimeToken, OneTimeTokenPurpose, OneTimeTokenRepository } from '../../domain/one-time-token';
import { hashSecretToken } from '../../domain/secret-token';
import { CommonPasswordList } from '../ports/common-password-list';
import { IdentityLinks } from '../ports/identity-links';
import { PasswordHasher } from '../ports/password-hasher';
import { SecondFactor } from '../ports/second-factor';
import { IdentityMailer } from '../services/identity-mailer';
import { LoginGuard } from '../services/login-guard';
import { CompletedLogin, LoginLedger, LoginLookup } from '../ports/login-ledger';
import { PasswordPolicy } from '../services/password-policy';

const AT = new Date('2026-11-01T09:00:00Z');

// ---- object mothers ------------------------------------------------------------------------------

/** A password every policy accepts, and its fake hash. */
export const GOOD_PASSWORD = 'correct horse battery staple';

export function aCandidateRecord(overrides: Partial<CandidateRecord> = {}): CandidateRecord {
  return {
    id: 'rec-1',
    candidateNumber: '00061010',
    firstName: 'Sam',
    surname: 'Eichen',
    dateOfBirth: '1990-04-27',
    email: null,
    telephone: null,
    ...overrides,
  };
}

/** A candidate whose registration matched no record: waiting for staff, email not yet verified. */
export function aPendingCandidate(overrides: { id?: string; email?: string } = {}): Account {
  const account = Account.registerCandidate({
    id: overrides.id ?? 'cand-pending',
    email: overrides.email ?? 'pat@candidates.example',
    passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    details: { firstName: 'Pat', surname: 'Eichen', dateOfBirth: '1990-04-27' },
    claimedCandidateNumber: 'NA',
    match: null,
    now: AT,
  });
  account.pullDomainEvents();
  return account;
}

/** A candidate linked to a record, email verified. */
export function anActiveCandidate(
  overrides: { id?: string; email?: string; record?: CandidateRecord } = {},
): Account {
  const account = Account.registerCandidate({
    id: overrides.id ?? 'cand-1',
    email: overrides.email ?? 'sam@candidates.example',
    passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    details: { firstName: 'Sam', surname: 'Eichen', dateOfBirth: '1990-04-27' },
    claimedCandidateNumber: '00061010',
    match: overrides.record ?? aCandidateRecord(),
    now: AT,
  });
  account.verifyEmail(account.email, AT);
  account.pullDomainEvents();
  return account;
}

export function aThirdParty(overrides: { id?: string; email?: string; verified?: boolean } = {}): Account {
  const account = Account.registerThirdParty({
    id: overrides.id ?? 'tp-1',
    email: overrides.email ?? 'hr@garage.example',
    passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    details: { firstName: 'Ann', surname: 'Hiring' },
    company: 'Garage Ltd',
    now: AT,
  });
  if (overrides.verified !== false) account.verifyEmail(account.email, AT);
  account.pullDomainEvents();
  return account;
}

export function aStaffMember(overrides: { id?: string; email?: string } = {}): Account {
  const account = Account.createStaff({
    id: overrides.id ?? 'staff-1',
    email: overrides.email ?? 'officer@awarding.example',
    passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    details: { firstName: 'Olive', surname: 'Officer' },
    totpSecret: 'TOTPSECRET',
    setUpByOperator: true,
    now: AT,
  });
  account.pullDomainEvents();
  return account;
}

// ---- in-memory repositories ----------------------------------------------------------------------

export class InMemoryAccounts extends AccountRepository {
  readonly all: Account[] = [];

  aggregates() {
    return this.all;
  }
  has(...accounts: Account[]): this {
    this.all.push(...accounts);
    return this;
  }
  async byId(id: string) {
    return this.all.find((a) => a.id === id) ?? null;
  }
  async byEmail(email: string) {
    return this.all.find((a) => a.email === email.toLowerCase()) ?? null;
  }
  async emailTaken(email: string) {
    return this.all.some((a) => a.email === email.toLowerCase());
  }
  async linkedTo(candidateRecordId: string) {
    return this.all.find((a) => a.candidateRecordId === candidateRecordId)?.id ?? null;
  }
  async add(account: Account) {
    if (this.all.some((a) => a.email === account.email)) throw new EmailTakenError();
    this.all.push(account);
  }
  async save(account: Account) {
    if (this.all.some((a) => a !== account && a.email === account.email)) throw new EmailTakenError();
    if (!this.all.includes(account)) this.all.push(account);
  }
  async listByStatus(status: AccountStatus, page: number, pageSize: number) {
    const items = this.all.filter((a) => a.status === status);
    return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length };
  }
  async count() {
    return this.all.length;
  }
  async listStaff() {
    return this.all.filter((a) => a.role === 'staff');
  }
  async lockStaffCount() {
    return this.all.filter((a) => a.role === 'staff').length;
  }
  private readonly claimedSteps = new Map<string, number>();
  async claimSecondFactorStep(accountId: string, step: number) {
    const last = this.claimedSteps.get(accountId);
    if (last !== undefined && step <= last) return false;
    this.claimedSteps.set(accountId, step);
    return true;
  }
  async remove(account: Account) {
    this.all.splice(this.all.indexOf(account), 1);
  }
}

/** A UK address every check accepts. */
export function anAddressInput(overrides: Partial<AddressInput> = {}): AddressInput {
  return {
    label: 'Home',
    line1: '1 High Street',
    line2: '',
    town: 'Leeds',
    county: '',
    postcode: 'LS1 1AA',
    country: 'GB',
    ...overrides,
  };
}

/** The address books, kept as the repository keeps them: a book loads its account's addresses. */
export class InMemoryAddresses extends AddressRepository {
  readonly all: Address[] = [];

  /** Gives the account these addresses, in order, added a minute apart (the first is the default). */
  async holding(accountId: string, ...inputs: AddressInput[]): Promise<Address[]> {
    const book = await this.bookOf(accountId);
    const added = inputs.map((input, i) =>
      book.add(
        `addr-${this.all.length + i + 1}`,
        checkAddress(input),
        false,
        new Date(AT.getTime() + i * 60_000),
      ),
    );
    await this.save(book);
    return added;
  }

  async bookOf(accountId: string) {
    return new AddressBook(accountId, await this.listFor(accountId));
  }
  async listFor(accountId: string) {
    return this.all.filter((address) => address.accountId === accountId);
  }
  async save(book: AddressBook) {
    for (const address of book.added) if (!this.all.includes(address)) this.all.push(address);
    for (const address of book.removed) this.all.splice(this.all.indexOf(address), 1);
  }
}

export class InMemoryCandidateRecords extends CandidateRecordRepository {
  readonly all: CandidateRecord[] = [];
  readonly locked: string[] = [];

  has(...records: CandidateRecord[]): this {
    this.all.push(...records);
    return this;
  }
  async findForMatch(lookup: MatchLookup, limit: number) {
    return this.all
      .filter((r) =>
        lookup.by === 'candidate-number'
          ? r.candidateNumber === lookup.candidateNumber &&
            nameKey(r.surname) === lookup.surnameKey &&
            r.dateOfBirth === lookup.dateOfBirth
          : nameKey(r.firstName) === lookup.firstNameKey &&
            nameKey(r.surname) === lookup.surnameKey &&
            r.dateOfBirth === lookup.dateOfBirth,
      )
      .slice(0, limit);
  }
  async existingNumbers(candidateNumbers: string[]) {
    return candidateNumbers.filter((n) => this.all.some((r) => r.candidateNumber === n));
  }
  async byCandidateNumber(candidateNumber: string) {
    return this.all.find((r) => r.candidateNumber === candidateNumber) ?? null;
  }
  async lockForLinking(recordId: string) {
    this.locked.push(recordId);
  }
  async upsertMany(records: CandidateRecordData[]) {
    const report = { created: 0, updated: 0, unchanged: 0 };
    for (const data of records) {
      const existing = this.all.find((r) => r.candidateNumber === data.candidateNumber);
      const record: CandidateRecord = {
        id: existing?.id ?? `rec-${data.candidateNumber}`,
        candidateNumber: data.candidateNumber,
        firstName: data.firstName,
        surname: data.surname,
        dateOfBirth: data.dateOfBirth,
        email: data.email,
        telephone: data.telephone,
      };
      if (!existing) {
        this.all.push(record);
        report.created++;
      } else if (JSON.stringify(existing) !== JSON.stringify(record)) {
        Object.assign(existing, record);
        report.updated++;
      } else report.unchanged++;
    }
    return report;
  }
  async serialiseSeeding() {}
  async suggestionsFor(): Promise<CandidateRecordSuggestion[]> {
    return [];
  }
}

export class InMemoryOneTimeTokens extends OneTimeTokenRepository {
  readonly all: OneTimeToken[] = [];

  async add(token: OneTimeToken) {
    this.all.push(token);
  }
  async byHashForUpdate(tokenHash: string, purposes: OneTimeTokenPurpose[]) {
    return this.all.find((t) => t.tokenHash === tokenHash && purposes.includes(t.purpose)) ?? null;
  }
  async save() {}
  async invalidateOutstanding(accountId: string, purposes: OneTimeTokenPurpose[], now: Date) {
    for (const t of this.all)
      if (t.accountId === accountId && purposes.includes(t.purpose) && !t.usedAt && t.expiresAt > now)
        t.expiresAt = now;
  }
  /** The tokens that still work at `now`. */
  usable(now: Date, purpose?: OneTimeTokenPurpose) {
    return this.all.filter((t) => !t.usedAt && t.expiresAt > now && (!purpose || t.purpose === purpose));
  }
  /** The stored token an emailed link's raw token stands for. */
  forRaw(token: string) {
    return this.all.find((t) => t.tokenHash === hashSecretToken(token));
  }
}

export class InMemoryAccessTokens extends AccessTokenRepository {
  readonly all: AccessToken[] = [];

  async add(token: AccessToken) {
    this.all.push(token);
  }
  async byHash(tokenHash: string) {
    return this.all.find((t) => t.tokenHash === tokenHash) ?? null;
  }
  async save() {}
  async revokeAllFor(accountId: string, now: Date, exceptTokenId?: string | null) {
    for (const t of this.all) if (t.accountId === accountId && t.id !== exceptTokenId) t.revoke(now);
  }
}

export class InMemoryLoginAttempts extends LoginAttemptRepository {
  readonly failures = new Map<string, { count: number; lockedUntil: Date | null }>();

  async state(key: string, now: Date) {
    return loginAttemptStateAt(this.failures.get(key) ?? null, now);
  }
  async recordFailure(key: string, now: Date, policy: LockoutPolicy) {
    const entry = this.failures.get(key) ?? { count: 0, lockedUntil: null };
    entry.count++;
    if (entry.count >= policy.maxConsecutiveFailures) {
      entry.lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
      entry.count = 0;
    }
    this.failures.set(key, entry);
    return { lockedUntil: entry.lockedUntil };
  }
  async clear(key: string) {
    this.failures.delete(key);
  }
}

// ---- other ports ---------------------------------------------------------------------------------

/** Hashes by marking (fast, so specs do not pay for argon2); `verify` is exact. */
export class FakePasswordHasher extends PasswordHasher {
  static hashOf(password: string) {
    return `hashed:${password}`;
  }
  async hash(password: string) {
    return FakePasswordHasher.hashOf(password);
  }
  async verify(hash: string, password: string) {
    return hash === FakePasswordHasher.hashOf(password);
  }
  needsRehash() {
    return false;
  }
}

export class FakeIdentityLinks extends IdentityLinks {
  login() {
    return 'https://veri.example/login';
  }
  verifyEmail(token: string) {
    return `https://veri.example/verify-email?token=${token}`;
  }
  resetPassword(token: string) {
    return `https://veri.example/reset-password?token=${token}`;
  }
  staffInvitation(token: string) {
    return `https://veri.example/staff/welcome?token=${token}`;
  }
  forgottenPassword() {
    return 'https://veri.example/forgotten-password';
  }
}

export class ShortCommonPasswordList extends CommonPasswordList {
  contains(password: string) {
    return ['password123456', 'qwertyuiopasdf'].includes(password.toLowerCase());
  }
}

/** Accepts the code "123456" at time step 1000, and nothing else. */
export class FakeSecondFactor extends SecondFactor {
  generateSecret() {
    // Base32 of the length a real secret has, so the handlers' shape check accepts it.
    return 'TOTPSECRETTOTPSECRET';
  }
  enrolmentUri(label: string, secret: string) {
    return `otpauth://totp/${label}?secret=${secret}`;
  }
  verify(_secret: string, code: string) {
    return code === '123456' ? 1000 : null;
  }
}

export const identityMailer = (emails: EmailOutbox) => new IdentityMailer(emails, new FakeIdentityLinks());
export const passwordPolicy = () => new PasswordPolicy(new ShortCommonPasswordList());

/** A completed sign-in applied to the in-memory accounts, counts, tokens and audit trail. */
export class InMemoryLoginLedger extends LoginLedger {
  readonly logins: CompletedLogin[] = [];

  constructor(
    private readonly deps: {
      accounts: InMemoryAccounts | AccountRepository;
      attempts: LoginAttemptRepository;
      tokens?: AccessTokenRepository;
      audit: AuditLog;
    },
  ) {
    super();
  }

  async lookUp(email: string, key: string, now: Date): Promise<LoginLookup> {
    return {
      account: await this.deps.accounts.byEmail(email),
      attempts: await this.deps.attempts.state(key, now),
    };
  }

  async recordSuccess(login: CompletedLogin): Promise<void> {
    this.logins.push(login);
    const account = await this.deps.accounts.byId(login.accountId);
    if (!account) return;
    account.recordLogin(login.at);
    if (login.rehash) account.upgradePasswordHash(login.rehash);
    if (login.clearAttemptsOf) await this.deps.attempts.clear(login.clearAttemptsOf);
    if (login.token) await this.deps.tokens?.add(login.token);
    login.audit.forEach((entry) => this.deps.audit.record(entry));
  }
}

export function loginGuard(deps: {
  uow: UnitOfWork;
  accounts: AccountRepository;
  attempts: LoginAttemptRepository;
  audit: AuditLog;
  clock: Clock;
  tokens?: AccessTokenRepository;
}) {
  return new LoginGuard(
    deps.uow,
    deps.accounts,
    deps.attempts,
    new FakeSecondFactor(),
    new InMemoryLoginLedger(deps),
    deps.audit,
    deps.clock,
    DEFAULT_LOCKOUT_POLICY,
  );
}
