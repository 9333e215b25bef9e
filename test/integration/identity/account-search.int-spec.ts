import { randomUUID } from 'node:crypto';
import {
  aCandidateRecord,
  anActiveCandidate,
  aPendingCandidate,
  aStaffMember,
  aThirdParty,
} from '../../../src/identity/application/testing/in-memory-identity';
import { checkCandidateRecord } from '../../../src/identity/domain/candidate-record';
import { SqlCandidateRecordRepository } from '../../../src/identity/registration/infrastructure/persistence/sql-candidate-record.repository';
import { SqlAccountSearch } from '../../../src/identity/access/infrastructure/persistence/sql-account-search';
import { AccountSchema } from '../../../src/identity/infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from '../../../src/identity/infrastructure/persistence/mikro-orm-account.repository';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';

// The staff account search reads SQL directly: each branch (name, email, number, birth date) on real rows.
describe('SqlAccountSearch (staff search over accounts)', () => {
  let db: TestOrm;
  const ids = { sam: randomUUID(), pat: randomUUID(), thirdParty: randomUUID(), staff: randomUUID() };

  beforeAll(async () => {
    db = await ormOnTestDatabase([AccountSchema]);
    const checked = checkCandidateRecord(aCandidateRecord({ candidateNumber: '00061010' }), new Date());
    if (!('data' in checked)) throw new Error('the record mother is not valid');
    await db.inTransaction((em) => new SqlCandidateRecordRepository(em).upsertMany([checked.data]));
    const record = (await new SqlCandidateRecordRepository(db.fresh()).byCandidateNumber('00061010'))!;
    await db.inTransaction(async (em) => {
      const accounts = new MikroOrmAccountRepository(em);
      await accounts.add(anActiveCandidate({ id: ids.sam, record }));
      await accounts.add(aPendingCandidate({ id: ids.pat, email: 'pat_100%@candidates.example' }));
      await accounts.add(aThirdParty({ id: ids.thirdParty }));
      await accounts.add(aStaffMember({ id: ids.staff }));
    });
  });
  afterAll(() => db.close());

  const search = (text: string, dateOfBirth: string | null = null, limit = 20) =>
    new SqlAccountSearch(db.fresh()).search({ text, dateOfBirth, limit });

  it('finds by part of a name, case-blind, sorted by surname then first name', async () => {
    const hits = await search('EICH');
    expect(hits.map((hit) => hit.accountId)).toEqual([ids.pat, ids.sam]);
    expect(hits[1]).toEqual({
      accountId: ids.sam,
      role: 'candidate',
      status: 'active',
      email: 'sam@candidates.example',
      firstName: 'Sam',
      surname: 'Eichen',
      dateOfBirth: '1990-04-27',
      candidateNumber: '00061010',
    });
  });

  it('finds by email and by candidate number, the linked one else the one typed at registration', async () => {
    expect((await search('garage.example')).map((hit) => hit.accountId)).toEqual([ids.thirdParty]);
    expect((await search('0006101')).map((hit) => hit.accountId)).toEqual([ids.sam]);
    expect((await search('NA')).map((hit) => hit.candidateNumber)).toContain('NA');
  });

  it('takes % and _ as the characters typed, not as wildcards', async () => {
    expect((await search('100%')).map((hit) => hit.accountId)).toEqual([ids.pat]);
    expect(await search('%')).toEqual([expect.objectContaining({ accountId: ids.pat })]);
    expect(await search('s_m')).toEqual([]);
  });

  it('matches a date of birth exactly, alongside the text, and lists each account once', async () => {
    const hits = await search('Sam', '1990-04-27');
    expect(hits.map((hit) => hit.accountId).sort()).toEqual([ids.pat, ids.sam].sort());
  });

  it('never lists staff accounts, and stops at the limit', async () => {
    expect(await search('Officer')).toEqual([]);
    expect(await search('awarding.example')).toEqual([]);
    expect(await search('example', null, 2)).toHaveLength(2);
  });
});
