import { randomUUID } from 'node:crypto';
import { AccessToken } from '../../../src/identity/domain/access-token';
import { checkCandidateRecord } from '../../../src/identity/domain/candidate-record';
import { nameKey } from '../../../src/identity/domain/name-key';
import { AccountRepository } from '../../../src/identity/domain/account.repository';
import { OneTimeToken, OneTimeTokenRepository } from '../../../src/identity/domain/one-time-token';
import {
  aCandidateRecord,
  anActiveCandidate,
  aPendingCandidate,
  aStaffMember,
} from '../../../src/identity/application/testing/in-memory-identity';
import { AccountSchema } from '../../../src/identity/infrastructure/persistence/account.schema';
import { AddressSchema } from '../../../src/identity/profile/infrastructure/persistence/address.schema';
import { MikroOrmAccountRepository } from '../../../src/identity/infrastructure/persistence/mikro-orm-account.repository';
import { MikroOrmAddressRepository } from '../../../src/identity/profile/infrastructure/persistence/mikro-orm-address.repository';
import { SqlAccountSummaries } from '../../../src/identity/profile/infrastructure/persistence/sql-account-summaries';
import {
  MikroOrmAccessTokenRepository,
  MikroOrmOneTimeTokenRepository,
} from '../../../src/identity/infrastructure/persistence/mikro-orm-token.repositories';
import { SqlLoginAttemptRepository } from '../../../src/identity/access/infrastructure/persistence/sql-login-attempt.repository';
import { SqlCandidateRecordRepository } from '../../../src/identity/registration/infrastructure/persistence/sql-candidate-record.repository';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { SqlCandidateIdentities } from '../../../src/identity/registration/infrastructure/persistence/sql-candidate-identities';
import {
  AccessTokenSchema,
  OneTimeTokenSchema,
} from '../../../src/identity/infrastructure/persistence/token.schemas';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';
import { statementsDuring } from '../../support/statements';

// Each Identity aggregate written through its repository and read back by a fresh entity manager.
describe('Identity repositories keep what they are given', () => {
  let db: TestOrm;
  const now = new Date('2026-11-30T09:00:00Z');

  beforeAll(async () => {
    db = await ormOnTestDatabase([AccountSchema, AddressSchema, AccessTokenSchema, OneTimeTokenSchema]);
  });
  afterAll(() => db.close());

  it('a candidate account, approved against a record, with a new password and a pending email change', async () => {
    const record = checkCandidateRecord(aCandidateRecord({ candidateNumber: '00077001' }), now);
    if (!('data' in record)) throw new Error('the record mother is not valid');
    await db.inTransaction((em) => new SqlCandidateRecordRepository(em).upsertMany([record.data]));
    const stored = (await new SqlCandidateRecordRepository(db.fresh()).byCandidateNumber('00077001'))!;
    expect(stored).toMatchObject({
      candidateNumber: '00077001',
      surname: 'Eichen',
      dateOfBirth: '1990-04-27',
    });

    const account = aPendingCandidate({ id: randomUUID(), email: 'round.trip@candidates.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(account));
    await db.inTransaction(async (em) => {
      const repository: AccountRepository = new MikroOrmAccountRepository(em);
      const loaded = (await repository.byId(account.id))!;
      for (const a of [loaded, account]) {
        a.approve(stored, now);
        a.verifyEmail(a.email, now);
        a.changePassword('hashed:new', now);
        a.requestEmailChange('new.address@candidates.example', now);
        a.updateDetails(
          { telephone: '0113 496 0000', social: { linkedin: 'https://linkedin.example/sam' } },
          now,
        );
      }
      await repository.save(loaded);
    });

    const back = await new MikroOrmAccountRepository(db.fresh()).byEmail('round.trip@candidates.example');
    expect(stateOf(back!)).toEqual(stateOf(account));
  });

  it('a staff account with its second factor', async () => {
    const staff = aStaffMember({ id: randomUUID(), email: 'rt.officer@awarding.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(staff));
    const back = await new MikroOrmAccountRepository(db.fresh()).byId(staff.id);
    expect(stateOf(back!)).toEqual(stateOf(staff));
  });

  it('an account suspended, then reinstated: its private state comes back as it was left', async () => {
    const checked = checkCandidateRecord(aCandidateRecord({ candidateNumber: '00077003' }), now);
    if (!('data' in checked)) throw new Error('the record mother is not valid');
    await db.inTransaction((em) => new SqlCandidateRecordRepository(em).upsertMany([checked.data]));
    const record = (await new SqlCandidateRecordRepository(db.fresh()).byCandidateNumber('00077003'))!;
    const candidate = anActiveCandidate({
      id: randomUUID(),
      email: 'rt.suspended@candidates.example',
      record,
    });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(candidate));
    const later = new Date('2026-12-01T09:00:00Z');
    await db.inTransaction(async (em) => {
      const repository: AccountRepository = new MikroOrmAccountRepository(em);
      const loaded = (await repository.byId(candidate.id))!;
      loaded.suspend(now);
      await repository.save(loaded);
    });
    candidate.suspend(now);
    const suspended = (await new MikroOrmAccountRepository(db.fresh()).byId(candidate.id))!;
    expect(stateOf(suspended)).toEqual(stateOf(candidate));
    expect(suspended).toMatchObject({ status: 'suspended', sessionsValidAfter: now });
    // The summaries other contexts read come from the same row, without loading the aggregate.
    const summaries = new SqlAccountSummaries(db.fresh());
    const summary = {
      accountId: candidate.id,
      role: 'candidate',
      status: 'suspended',
      email: candidate.email,
      displayName: candidate.displayName(),
      company: candidate.company,
      candidateNumber: candidate.candidateNumber,
      photoKey: candidate.photoKey,
    };
    expect(await summaries.find({ ids: [], emails: [candidate.email] })).toEqual([summary]);
    const { statements, result } = await statementsDuring(() =>
      summaries.find({ ids: [candidate.id, 'not-a-uuid'], emails: ['nobody@candidates.example'] }),
    );
    expect(result).toEqual([summary]);
    expect(statements).toHaveLength(1);
    expect(await summaries.find({ ids: ['not-a-uuid'], emails: [] })).toEqual([]);

    await db.inTransaction(async (em) => {
      const repository: AccountRepository = new MikroOrmAccountRepository(em);
      const loaded = (await repository.byEmail(candidate.email))!;
      loaded.reinstate(later);
      await repository.save(loaded);
    });
    candidate.reinstate(later);
    const back = await new MikroOrmAccountRepository(db.fresh()).byId(candidate.id);
    expect(stateOf(back!)).toEqual(stateOf(candidate));
  });

  it("candidate identities: one statement by id, what the caller's transaction wrote, none for other accounts", async () => {
    const checked = checkCandidateRecord(aCandidateRecord({ candidateNumber: '00077009' }), now);
    if (!('data' in checked)) throw new Error('the record mother is not valid');
    await db.inTransaction((em) => new SqlCandidateRecordRepository(em).upsertMany([checked.data]));
    const record = (await new SqlCandidateRecordRepository(db.fresh()).byCandidateNumber('00077009'))!;
    const candidate = aPendingCandidate({ id: randomUUID(), email: 'rt.identity@candidates.example' });
    const staff = aStaffMember({ id: randomUUID(), email: 'rt.identity@awarding.example' });
    await db.inTransaction(async (em) => {
      await new MikroOrmAccountRepository(em).add(candidate);
      await new MikroOrmAccountRepository(em).add(staff);
    });

    const identities = new SqlCandidateIdentities(db.fresh(), new DatabaseChanges());
    const { statements, result } = await statementsDuring(() => identities.of(candidate.id));
    expect(result).toEqual({
      accountId: candidate.id,
      candidateNumber: null,
      displayName: candidate.displayName(),
      firstName: candidate.firstName,
      surname: candidate.surname,
      email: candidate.email,
      hasPhoto: false,
    });
    expect(statements).toHaveLength(1);
    for (const other of [staff.id, randomUUID(), 'not-a-uuid']) expect(await identities.of(other)).toBeNull();

    // A reaction asks inside the transaction that approved the account, before it commits.
    await db.inTransaction(async (em) => {
      const repository: AccountRepository = new MikroOrmAccountRepository(em);
      const loaded = (await repository.byId(candidate.id))!;
      loaded.approve(record, now);
      await repository.save(loaded);
      expect(await new SqlCandidateIdentities(em, new DatabaseChanges()).of(candidate.id)).toMatchObject({
        candidateNumber: '00077009',
      });
    });
  });

  it('candidate records: written, found for matching, and written again only when they changed', async () => {
    const checked = checkCandidateRecord(
      aCandidateRecord({ candidateNumber: '00077002', firstName: 'Zoë', surname: "O'Neil" }),
      now,
    );
    if (!('data' in checked)) throw new Error('the record mother is not valid');
    const first = await db.inTransaction((em) =>
      new SqlCandidateRecordRepository(em).upsertMany([checked.data]),
    );
    const again = await db.inTransaction((em) =>
      new SqlCandidateRecordRepository(em).upsertMany([checked.data]),
    );
    const changed = await db.inTransaction((em) =>
      new SqlCandidateRecordRepository(em).upsertMany([{ ...checked.data, telephone: '0113 496 0001' }]),
    );
    expect([first, again, changed]).toEqual([
      { created: 1, updated: 0, unchanged: 0 },
      { created: 0, updated: 0, unchanged: 1 },
      { created: 0, updated: 1, unchanged: 0 },
    ]);

    const records = new SqlCandidateRecordRepository(db.fresh());
    expect(await records.existingNumbers(['00077002', '00099999'])).toEqual(['00077002']);
    const [found] = await records.findForMatch(
      { by: 'names', firstNameKey: nameKey('zoe'), surnameKey: nameKey('oneil'), dateOfBirth: '1990-04-27' },
      5,
    );
    expect(found).toMatchObject({ candidateNumber: '00077002', telephone: '0113 496 0001' });
  });

  it('login attempts: failures counted to a lock, which ends; a success clears them', async () => {
    const key = `rt-${randomUUID()}`;
    const policy = { maxConsecutiveFailures: 3, lockMinutes: 15 };
    const attempts = () => new SqlLoginAttemptRepository(db.fresh());
    expect(await attempts().recordFailure(key, now, policy)).toEqual({ lockedUntil: null });
    expect(await attempts().recordFailure(key, now, policy)).toEqual({ lockedUntil: null });
    const lockedUntil = new Date(now.getTime() + 15 * 60_000);
    expect(await attempts().recordFailure(key, now, policy)).toEqual({ lockedUntil });
    expect(await attempts().state(key, now)).toEqual({ counted: true, lockedUntil });
    expect(await attempts().state(key, lockedUntil)).toEqual({ counted: true, lockedUntil: null });

    await attempts().clear(key);
    expect(await attempts().state(key, now)).toEqual({ counted: false, lockedUntil: null });
    expect(await attempts().recordFailure(key, now, policy)).toEqual({ lockedUntil: null });
  });

  it('an address book: added, edited, default moved, one removed', async () => {
    const owner = aStaffMember({ id: randomUUID(), email: 'rt.addresses@awarding.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(owner));
    const fields = (line1: string) => ({
      label: null,
      line1,
      line2: null,
      town: 'Leeds',
      county: 'West Yorkshire',
      postcode: 'LS1 4AP',
      country: 'GB',
    });
    const [home, work, old] = [randomUUID(), randomUUID(), randomUUID()];
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmAddressRepository(em);
      const book = await repository.bookOf(owner.id);
      book.add(home, fields('1 High Street'), false, now);
      book.add(work, { ...fields('9 Mill Lane'), label: 'Work' }, false, now);
      book.add(old, fields('3 Old Road'), false, now);
      await repository.save(book);
    });
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmAddressRepository(em);
      const book = await repository.bookOf(owner.id);
      book.edit(work, { ...fields('10 Mill Lane'), label: 'Office' }, true, now);
      book.remove(old, now);
      await repository.save(book);
    });
    const back = await new MikroOrmAddressRepository(db.fresh()).listFor(owner.id);
    const sorted = [...back].sort((a, b) => a.line1.localeCompare(b.line1));
    expect(sorted.map((a) => [a.id, a.label, a.line1, a.isDefault, a.county])).toEqual([
      [home, null, '1 High Street', false, 'West Yorkshire'],
      [work, 'Office', '10 Mill Lane', true, 'West Yorkshire'],
    ]);
  });

  it('one-time and access tokens, used and revoked', async () => {
    const owner = aStaffMember({ id: randomUUID(), email: 'rt.tokens@awarding.example' });
    await db.inTransaction((em) => new MikroOrmAccountRepository(em).add(owner));
    const { record, token } = OneTimeToken.issue(owner.id, 'password_reset', owner.email, now);
    const { accessToken } = AccessToken.issue(owner.id, now);
    await db.inTransaction(async (em) => {
      await new MikroOrmOneTimeTokenRepository(em).add(record);
      await new MikroOrmAccessTokenRepository(em).add(accessToken);
    });
    await db.inTransaction(async (em) => {
      const tokens: OneTimeTokenRepository = new MikroOrmOneTimeTokenRepository(em);
      const found = (await tokens.byHashForUpdate(record.tokenHash, ['password_reset']))!;
      found.consume(now);
      await tokens.save(found);
      await new MikroOrmAccessTokenRepository(em).revokeAllFor(owner.id, now);
    });
    record.consume(now);
    accessToken.revoke(now);

    const [storedToken, storedAccess] = await db.inTransaction(async (em) => [
      await new MikroOrmOneTimeTokenRepository(em).byHashForUpdate(record.tokenHash, ['password_reset']),
      await new MikroOrmAccessTokenRepository(em).byHash(accessToken.tokenHash),
    ]);
    expect({ ...storedToken }).toEqual({ ...record });
    expect({ ...storedAccess }).toEqual({ ...accessToken });
    expect(token).not.toContain(record.tokenHash);
  });
});
