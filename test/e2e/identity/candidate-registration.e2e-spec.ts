import { createTestApp, TestApp } from '../../support/app';
import {
  importRecords,
  newClientAddress,
  queuedEmails,
  registration,
  staffToken,
  withDatabase,
} from '../../support/identity';

// POST /api/v1/registrations/candidates and the matching rule of product.md "Identity".
describe('candidate registration (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    const token = await staffToken(t);
    await importRecords(t, token, [
      { candidateNumber: '1000001', firstName: 'Zoë', surname: "O'Brien", dateOfBirth: '1990-04-27' },
      { candidateNumber: '1000002', firstName: 'Priya', surname: 'Shah', dateOfBirth: '1988-09-02' },
      { candidateNumber: '1000003', firstName: 'Alex', surname: 'Taylor', dateOfBirth: '1985-06-15' },
      { candidateNumber: '1000004', firstName: 'Alex', surname: 'Taylor', dateOfBirth: '1985-06-15' },
      { candidateNumber: '1000005', firstName: 'Tomasz', surname: 'Nowak', dateOfBirth: '1995-03-30' },
      { candidateNumber: '1000006', firstName: 'Mary-Jane', surname: 'Watson', dateOfBirth: '1979-12-01' },
      { candidateNumber: '1000007', firstName: 'Li', surname: 'Wei', dateOfBirth: '2000-01-01' },
    ]);
  });

  afterAll(() => t.close());

  const register = (body: Record<string, unknown>) =>
    t.http().post('/api/v1/registrations/candidates').set('X-Forwarded-For', newClientAddress()).send(body);

  describe('the matching table', () => {
    it('candidate number + surname + date of birth match one record: active and linked', async () => {
      const res = await register(
        registration({
          candidateNumber: '1000002',
          firstName: 'Anything',
          surname: 'Shah',
          dateOfBirth: '1988-09-02',
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ accountId: expect.any(String), status: 'active' });
      const linked = await withDatabase(t, (c) =>
        c.query('SELECT candidate_number FROM identity_accounts WHERE id = $1', [res.body.accountId]),
      );
      expect(linked.rows[0].candidate_number).toBe('1000002');
    });

    it('NA + first name + surname + date of birth match exactly one record: active', async () => {
      const res = await register(
        registration({
          candidateNumber: 'NA',
          firstName: 'Tomasz',
          surname: 'Nowak',
          dateOfBirth: '1995-03-30',
        }),
      );
      expect(res.body.status).toBe('active');
    });

    it('NA with two identical records: pending authorisation', async () => {
      const res = await register(
        registration({
          candidateNumber: 'NA',
          firstName: 'Alex',
          surname: 'Taylor',
          dateOfBirth: '1985-06-15',
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('pending_authorisation');
    });

    it('accents, case, spacing and punctuation in names do not matter', async () => {
      const res = await register(
        registration({
          candidateNumber: 'na',
          firstName: '  ZOE ',
          surname: 'o brien',
          dateOfBirth: '1990-04-27',
        }),
      );
      expect(res.body.status).toBe('active');
      const hyphen = await register(
        registration({
          candidateNumber: '1000006',
          firstName: 'mary jane',
          surname: 'WATSON',
          dateOfBirth: '1979-12-01',
        }),
      );
      expect(hyphen.body.status).toBe('active');
    });

    it.each([
      ['candidate number', { candidateNumber: '1000099' }],
      ['surname', { surname: 'Wee' }],
      ['date of birth', { dateOfBirth: '2000-01-02' }],
    ])('one wrong field (%s): pending authorisation', async (_, wrong) => {
      const body = registration({
        candidateNumber: '1000007',
        firstName: 'Li',
        surname: 'Wei',
        dateOfBirth: '2000-01-01',
        ...wrong,
      });
      const res = await register(body);
      expect(res.body.status).toBe('pending_authorisation');
    });

    it('NA with a wrong first name: pending authorisation', async () => {
      const res = await register(
        registration({ candidateNumber: 'NA', firstName: 'Lee', surname: 'Wei', dateOfBirth: '2000-01-01' }),
      );
      expect(res.body.status).toBe('pending_authorisation');
    });

    it('a record already linked to another account: pending, never re-linked', async () => {
      const first = await register(
        registration({
          candidateNumber: '1000001',
          firstName: 'Zoe',
          surname: "O'Brien",
          dateOfBirth: '1990-04-27',
        }),
      );
      // 1000001 was linked by the accents test above, so even an exact match now waits for staff.
      expect(first.body.status).toBe('pending_authorisation');
      const links = await withDatabase(t, (c) =>
        c.query(
          `SELECT count(*)::int AS n FROM identity_accounts a JOIN identity_candidate_records r ON r.id = a.candidate_record_id WHERE r.candidate_number = '1000001'`,
        ),
      );
      expect(links.rows[0].n).toBe(1);
    });
  });

  describe('emails', () => {
    it('a match emails the access details with a link to confirm the address', async () => {
      const body = registration({
        candidateNumber: '1000005',
        firstName: 'Tomasz',
        surname: 'Nowak',
        dateOfBirth: '1995-03-30',
        email: 'tomasz@example.test',
      });
      // 1000005 is linked already (NA test); use a fresh record instead.
      await importRecords(t, await staffTokenFor(t), [
        { candidateNumber: '1000010', firstName: 'Grace', surname: 'Hopper', dateOfBirth: '1986-12-09' },
      ]);
      const res = await register({
        ...body,
        candidateNumber: '1000010',
        firstName: 'Grace',
        surname: 'Hopper',
        dateOfBirth: '1986-12-09',
      });
      expect(res.body.status).toBe('active');
      const [email] = await queuedEmails(t, 'tomasz@example.test');
      expect(email.template).toBe('identity-candidate-active');
      expect(email.data.candidateNumber).toBe('1000010');
      expect(email.data.verifyUrl).toMatch(/\/verify-email\?token=[\w-]{43}$/);
      expect(email.data.loginUrl).toMatch(/\/login$/);
    });

    it('no match emails that the registration is pending authorisation', async () => {
      const res = await register(
        registration({ email: 'nomatch@example.test', firstName: 'Nobody', surname: 'Known' }),
      );
      expect(res.body.status).toBe('pending_authorisation');
      const [email] = await queuedEmails(t, 'nomatch@example.test');
      expect(email.template).toBe('identity-candidate-pending');
      expect(email.subject).toMatch(/waiting for authorisation/);
    });
  });

  describe('bad input and abuse (4xx, nothing changes)', () => {
    const accounts = () =>
      withDatabase(
        t,
        async (c) => (await c.query('SELECT count(*)::int AS n FROM identity_accounts')).rows[0].n as number,
      );

    it.each([
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      ['a date of birth that is not a date', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
      ['a date of birth in another format', { dateOfBirth: 'yesterday' }, 'dateOfBirth'],
      ['a first name over 100 characters', { firstName: 'A'.repeat(101) }, 'firstName'],
      ['an empty surname', { surname: '' }, 'surname'],
      ['a surname of punctuation only', { surname: '--' }, 'surname'],
      ['an unknown field', { isStaff: true }, 'isStaff'],
      ['a short password', { password: 'short but fine' }, 'password'],
      ['a common password', { password: 'passwordpassword' }, 'password'],
      ['a malformed candidate number', { candidateNumber: 'abc def!' }, 'candidateNumber'],
    ])('refuses %s with 400 naming the field', async (_, change, field) => {
      const before = await accounts();
      const res = await register(registration(change));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toMatch(/^(PLATFORM\.VALIDATION_FAILED|IDENTITY\.INVALID_DETAILS)$/);
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await accounts()).toBe(before);
    });

    it('refuses an email already taken with 409 (in any letter case)', async () => {
      await register(registration({ email: 'taken@example.test' }));
      const before = await accounts();
      const res = await register(registration({ email: 'Taken@Example.test' }));
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('IDENTITY.EMAIL_TAKEN');
      expect(await accounts()).toBe(before);
    });

    it('accepts a 256-character passphrase and refuses 257', async () => {
      expect((await register(registration({ password: 'x1 '.repeat(85) + 'y' }))).status).toBe(201);
      expect((await register(registration({ password: 'x1 '.repeat(85) + 'yz' }))).status).toBe(400);
    });
  });

  let extraStaff = 0;
  async function staffTokenFor(app: TestApp): Promise<string> {
    extraStaff += 1;
    return staffToken(app, `staff${extraStaff}@example.test`);
  }
});
