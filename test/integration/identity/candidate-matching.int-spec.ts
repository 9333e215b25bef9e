// Matching must stay an index lookup however many candidate records there are (a benchmark runs it on
// 1,000,000). Here: 50,000 records, then the planner's own account of each matching query.
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Client } from 'pg';
import { createTestApp, TestApp } from '../../support/app';
import { runCommand, withDatabase } from '../../support/identity';
import { CandidateRecordRepository } from '../../../src/identity/domain/candidate-record.repository';
import { matchLookupFor } from '../../../src/identity/domain/candidate-match';
import { suggestionReason } from '../../../src/identity/registration/application/queries/list-registrations/list-registrations.handler';
import {
  ImportCandidateRecords,
  SeedDemoData,
  CreateStaffAccount,
} from '../../../src/identity/identity.public';

describe('candidate matching at scale, and the command-line handlers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await withDatabase(t, async (client: Client) => {
      await client.query(`
        INSERT INTO identity_candidate_records (id, candidate_number, first_name, surname, first_name_key, surname_key, date_of_birth)
        SELECT gen_random_uuid(), lpad(n::text, 8, '0'), 'First' || (n % 500), 'Surname' || (n % 2000),
               'first' || (n % 500), 'surname' || (n % 2000), date '1950-01-01' + (n % 20000)
        FROM generate_series(1, 50000) AS n`);
      await client.query('ANALYZE identity_candidate_records');
    });
  });

  afterAll(() => t.close());

  async function plan(sql: string, params: unknown[]): Promise<string> {
    return withDatabase(t, async (client) => {
      const { rows } = await client.query(`EXPLAIN ${sql}`, params);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  it('uses an index for the candidate-number lookup and for the NA lookup', async () => {
    const byNumber = await plan(
      `SELECT id FROM identity_candidate_records WHERE candidate_number = $1 AND surname_key = $2 AND date_of_birth = $3::date LIMIT 2`,
      ['00012345', 'surname345', '1983-10-18'],
    );
    expect(byNumber).toMatch(/Index Scan using identity_candidate_records_\w+/);
    expect(byNumber).not.toMatch(/Seq Scan/);
    const byNames = await plan(
      `SELECT id FROM identity_candidate_records WHERE surname_key = $1 AND date_of_birth = $2::date AND first_name_key = $3 LIMIT 2`,
      ['surname345', '1983-10-18', 'first345'],
    );
    expect(byNames).toMatch(
      /Index (Only )?Scan using identity_candidate_records_\w+|Bitmap Index Scan on identity_candidate_records_\w+/,
    );
    expect(byNames).not.toMatch(/Seq Scan/);
  });

  it('suggests near names born the same day, best first, with the reason, among 50,000 records', async () => {
    await withDatabase(t, (client) =>
      client.query(`
        INSERT INTO identity_candidate_records (id, candidate_number, first_name, surname, first_name_key, surname_key, date_of_birth)
        VALUES (gen_random_uuid(), '90000001', 'John', 'Eichen', 'john', 'eichen', '1977-04-13'),
               (gen_random_uuid(), '90000002', 'Mary', 'Smith', 'mary', 'smith', '1977-04-13')`),
    );
    const repository = t.app.get(CandidateRecordRepository);
    const claim = { candidateNumber: 'NA', firstName: 'Jon', surname: 'Eicken', dateOfBirth: '1977-04-13' };
    const suggestions = await RequestContext.create(t.app.get(MikroORM).em, () =>
      repository.suggestionsFor(claim, 5),
    );
    expect(suggestions[0]).toMatchObject({
      record: { candidateNumber: '90000001' },
      matchedFields: ['dateOfBirth'],
      similarFields: ['firstName', 'surname'],
    });
    expect(suggestionReason(suggestions[0])).toBe(
      'Same date of birth; first name similar (John); surname similar (Eichen)',
    );
    // Born the same day with nothing else in common is no suggestion.
    expect(suggestions.map((s) => s.record.candidateNumber)).not.toContain('90000002');

    const sameDay = await plan(
      `SELECT id FROM identity_candidate_records WHERE date_of_birth = $1::date LIMIT 20`,
      ['1977-04-13'],
    );
    expect(sameDay).not.toMatch(/Seq Scan/);
    // At 50,000 rows the planner may rightly prefer a scan; the trigram index must be able to serve it.
    const nearSurname = await withDatabase(t, async (client) => {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query(
        `EXPLAIN SELECT id FROM identity_candidate_records WHERE surname_key % $1 ORDER BY similarity(surname_key, $1) DESC LIMIT 20`,
        ['eicken'],
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(nearSurname).toMatch(/identity_candidate_records_surname_trgm_idx/);
  });

  it('finds the record through the repository quickly', async () => {
    const repository = t.app.get(CandidateRecordRepository);
    const started = Date.now();
    const found = await RequestContext.create(t.app.get(MikroORM).em, () =>
      repository.findForMatch(
        matchLookupFor({
          candidateNumber: 'NA',
          firstName: 'First345',
          surname: 'Surname345',
          dateOfBirth: '1951-08-28',
        }),
        2,
      ),
    );
    expect(Date.now() - started).toBeLessThan(500);
    expect(found.every((record) => record.surname === 'Surname345')).toBe(true);
  });

  it('imports a CSV file through the command the CLI uses, idempotently', async () => {
    const csv =
      'candidateNumber,firstName,surname,dateOfBirth\nC0000001,Ida,Noddack,1976-02-25\nC0000002,,Missing,1976-02-25\n';
    const actor = { accountId: null, ip: null };
    const first = await runCommand(t, new ImportCandidateRecords({ format: 'csv', text: csv }, actor));
    expect(first).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      rejected: [{ row: 2, reason: 'firstName: Enter your first name' }],
    });
    expect(
      await runCommand(t, new ImportCandidateRecords({ format: 'csv', text: csv }, actor)),
    ).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('creates the first staff account from the command line, with the given TOTP secret as an otpauth URL', async () => {
    const result = await runCommand<{ accountId: string; totpSecret: string; enrolmentUri: string }>(
      t,
      new CreateStaffAccount(
        {
          email: 'first.staff@example.test',
          firstName: 'First',
          surname: 'Staff',
          password: 'staff pass 1',
          totpSecret: 'JBSWY3DPEHPK3PXP',
        },
        { accountId: null, ip: null },
      ),
    );
    expect(result.totpSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(result.enrolmentUri).toMatch(
      /^otpauth:\/\/totp\/.*first\.staff%40example\.test\?secret=JBSWY3DPEHPK3PXP/,
    );
  });

  it('loads the demo data, and loading it again changes nothing', async () => {
    const first = await runCommand<{ createdAccounts: string[]; staffTotpSecret: string }>(
      t,
      new SeedDemoData(),
    );
    expect(first.createdAccounts).toEqual([
      'candidate@example.com',
      'pending@example.com',
      'employer@example.com',
      'staff@example.com',
    ]);
    const again = await runCommand<{ createdAccounts: string[] }>(t, new SeedDemoData());
    expect(again.createdAccounts).toEqual([]);
    const accounts = await withDatabase(t, (c) =>
      c.query(
        `SELECT email, role, status, candidate_number FROM identity_accounts WHERE email LIKE '%@example.com' ORDER BY email`,
      ),
    );
    expect(accounts.rows).toEqual([
      { email: 'candidate@example.com', role: 'candidate', status: 'active', candidate_number: '0001010' },
      { email: 'employer@example.com', role: 'third_party', status: 'active', candidate_number: null },
      {
        email: 'pending@example.com',
        role: 'candidate',
        status: 'pending_authorisation',
        candidate_number: null,
      },
      { email: 'staff@example.com', role: 'staff', status: 'active', candidate_number: null },
    ]);
    const login = await t
      .http()
      .post('/api/v1/auth/token')
      .send({ email: 'candidate@example.com', password: 'demo candidate passphrase' });
    expect(login.status).toBe(200);
  });
});
