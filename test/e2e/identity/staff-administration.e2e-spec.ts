import { createTestApp, TestApp } from '../../support/app';
import {
  bearerToken,
  GOOD_PASSWORD,
  importRecords,
  lastLinkToken,
  newClientAddress,
  queuedEmails,
  registration,
  staffToken,
  totpCode,
  withDatabase,
} from '../../support/identity';

// Staff API: candidate record imports, the authorisation queue, staff accounts, the audit trail.
describe('staff administration (API)', () => {
  let t: TestApp;
  let staff: string;
  let staffId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    staff = await staffToken(t);
    staffId = (await t.http().get('/api/v1/me').set('Authorization', `Bearer ${staff}`)).body.id;
  });

  afterAll(() => t.close());

  const admin = () => ({ Authorization: `Bearer ${staff}` });
  const register = (body: object) =>
    t.http().post('/api/v1/registrations/candidates').set('X-Forwarded-For', newClientAddress()).send(body);

  describe('candidate record imports', () => {
    it('imports CSV, reports each rejected row with its reason, and is idempotent by candidate number', async () => {
      const csv = [
        'Candidate Number,First Name,Surname,Date of Birth,Email,Telephone',
        '4000001,Marie,Curie,07/11/1967,marie@example.test,01632 960100',
        '4000002,Pierre,Curie,1959-05-15,,',
        ',No,Number,1980-01-01,,',
        '4000003,Future,Person,2999-01-01,,',
        '4000001,Marie,Duplicate,1967-11-07,,',
        '4000004,"Bad, Email",Person,1980-01-01,not-an-email,',
      ].join('\n');
      const first = await t
        .http()
        .post('/api/v1/admin/candidate-records/imports')
        .set(admin())
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        created: 2,
        updated: 0,
        unchanged: 0,
        rejected: [
          { row: 3, reason: expect.stringContaining('candidateNumber') },
          { row: 4, reason: expect.stringContaining('Date of birth must be in the past') },
          { row: 5, reason: expect.stringContaining('already appears in row 1') },
          { row: 6, reason: expect.stringContaining('email') },
        ],
      });
      const again = await t
        .http()
        .post('/api/v1/admin/candidate-records/imports')
        .set(admin())
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

      const corrected = await importRecords(t, staff, [
        {
          candidateNumber: '4000002',
          firstName: 'Pierre',
          surname: 'Curie',
          dateOfBirth: '1959-05-15',
          telephone: '01632 960101',
        },
      ]);
      expect(corrected).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: [] });
      const rows = await withDatabase(t, (c) =>
        c.query(
          `SELECT telephone, surname_key FROM identity_candidate_records WHERE candidate_number = '4000002'`,
        ),
      );
      expect(rows.rows[0]).toEqual({ telephone: '01632 960101', surname_key: 'curie' });
    });

    it('reports JSON rows with unknown fields or of the wrong shape, and refuses other media types', async () => {
      const res = await t
        .http()
        .post('/api/v1/admin/candidate-records/imports')
        .set(admin())
        .send([
          { candidateNumber: '4000010', firstName: 'Ok', surname: 'Row', dateOfBirth: '1990-01-01' },
          {
            candidateNumber: '4000011',
            firstName: 'Extra',
            surname: 'Field',
            dateOfBirth: '1990-01-01',
            shoeSize: 9,
          },
          'not an object',
        ]);
      expect(res.body).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: [
          { row: 2, reason: expect.stringContaining('shoeSize') },
          { row: 3, reason: expect.stringContaining('not an object') },
        ],
      });
      expect(
        (
          await t
            .http()
            .post('/api/v1/admin/candidate-records/imports')
            .set(admin())
            .send({ candidateNumber: 'x' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .post('/api/v1/admin/candidate-records/imports')
            .set(admin())
            .set('Content-Type', 'text/plain')
            .send('x')
        ).status,
      ).toBe(415);
      const badHeadings = await t
        .http()
        .post('/api/v1/admin/candidate-records/imports')
        .set(admin())
        .set('Content-Type', 'text/csv')
        .send('number,name\n1,a');
      expect(badHeadings.status).toBe(400);
      expect(badHeadings.body.error.code).toBe('IDENTITY.IMPORT_UNREADABLE');
    });
  });

  describe('the authorisation queue', () => {
    let pendingId: string;

    beforeAll(async () => {
      await importRecords(t, staff, [
        { candidateNumber: '4000100', firstName: 'Dorothy', surname: 'Hodgkin', dateOfBirth: '1970-05-12' },
        { candidateNumber: '4000101', firstName: 'Dorothy', surname: 'Crowfoot', dateOfBirth: '1970-05-12' },
      ]);
      // Married name differs from the record, so no match: staff decide.
      const res = await register(
        registration({
          email: 'dorothy@example.test',
          candidateNumber: 'NA',
          firstName: 'Dorothy',
          surname: 'Hodgkin-Crowfoot',
          dateOfBirth: '1970-05-12',
        }),
      );
      expect(res.body.status).toBe('pending_authorisation');
      pendingId = res.body.accountId;
    });

    it('lists pending registrations with the closest candidate records', async () => {
      const res = await t.http().get('/api/v1/admin/registrations?status=pending_authorisation').set(admin());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 10, totalItems: 1, totalPages: 1 });
      const [item] = res.body.items;
      expect(item).toMatchObject({
        accountId: pendingId,
        email: 'dorothy@example.test',
        candidateNumber: 'NA',
        firstName: 'Dorothy',
        dateOfBirth: '1970-05-12',
      });
      expect(item.suggestions.map((s: { candidateNumber: string }) => s.candidateNumber).sort()).toEqual([
        '4000100',
        '4000101',
      ]);
      expect(item.suggestions[0]).toMatchObject({
        matchedFields: expect.arrayContaining(['firstName', 'dateOfBirth']),
        reason: expect.stringMatching(/^Same date of birth; same first name/),
        linkedToAnotherAccount: false,
      });
      expect((await t.http().get('/api/v1/admin/registrations?status=active').set(admin())).status).toBe(400);
    });

    it('approving links the record, activates the account and emails the candidate', async () => {
      const res = await t
        .http()
        .post(`/api/v1/admin/registrations/${pendingId}/approval`)
        .set(admin())
        .send({ candidateNumber: '4000100' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ accountId: pendingId, status: 'active', candidateNumber: '4000100' });
      const email = (await queuedEmails(t, 'dorothy@example.test')).at(-1)!;
      expect(email.template).toBe('identity-registration-approved');
      expect(email.data.verifyUrl).toEqual(expect.any(String));
      const again = await t
        .http()
        .post(`/api/v1/admin/registrations/${pendingId}/approval`)
        .set(admin())
        .send({ candidateNumber: '4000100' });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('IDENTITY.REGISTRATION_NOT_PENDING');
    });

    it('never links a record that is already linked (409) and names unknown ones (404)', async () => {
      const other = await register(
        registration({
          email: 'imposter@example.test',
          firstName: 'Dorothy',
          surname: 'Someone',
          dateOfBirth: '1970-05-12',
        }),
      );
      const linked = await t
        .http()
        .post(`/api/v1/admin/registrations/${other.body.accountId}/approval`)
        .set(admin())
        .send({ candidateNumber: '4000100' });
      expect(linked.status).toBe(409);
      expect(linked.body.error.code).toBe('IDENTITY.CANDIDATE_RECORD_ALREADY_LINKED');
      const unknown = await t
        .http()
        .post(`/api/v1/admin/registrations/${other.body.accountId}/approval`)
        .set(admin())
        .send({ candidateNumber: '9999999' });
      expect(unknown.status).toBe(404);
      const noAccount = await t
        .http()
        .post('/api/v1/admin/registrations/not-an-id/approval')
        .set(admin())
        .send({ candidateNumber: '4000101' });
      expect(noAccount.status).toBe(404);
      const list = await t.http().get('/api/v1/admin/registrations').set(admin());
      const suggestion = list.body.items[0].suggestions.find(
        (s: { candidateNumber: string }) => s.candidateNumber === '4000100',
      );
      expect(suggestion.linkedToAnotherAccount).toBe(true);
    });

    it('rejecting needs a reason, emails it, and the candidate cannot log in', async () => {
      const other = (await t.http().get('/api/v1/admin/registrations').set(admin())).body.items[0];
      expect(
        (
          await t
            .http()
            .post(`/api/v1/admin/registrations/${other.accountId}/rejection`)
            .set(admin())
            .send({ reason: '' })
        ).status,
      ).toBe(400);
      const res = await t
        .http()
        .post(`/api/v1/admin/registrations/${other.accountId}/rejection`)
        .set(admin())
        .send({ reason: 'We hold no record of a candidate with these details.' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ accountId: other.accountId, status: 'rejected' });
      const email = (await queuedEmails(t, 'imposter@example.test')).at(-1)!;
      expect(email.template).toBe('identity-registration-rejected');
      expect(email.data.reason).toBe('We hold no record of a candidate with these details.');
      const login = await t
        .http()
        .post('/api/v1/auth/token')
        .set('X-Forwarded-For', newClientAddress())
        .send({ email: 'imposter@example.test', password: GOOD_PASSWORD });
      expect(login.status).toBe(403);
      expect(
        (await t.http().get('/api/v1/admin/registrations?status=rejected').set(admin())).body.totalItems,
      ).toBe(1);
    });

    it('each decision is in the audit trail, with who, what, when and from where', async () => {
      const res = await t
        .http()
        .get('/api/v1/admin/audit-events?action=identity.registration-approved')
        .set(admin());
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({
        actorId: staffId,
        action: 'identity.registration-approved',
        targetType: 'account',
        targetId: pendingId,
        ip: expect.any(String),
        occurredAt: expect.any(String),
        details: { candidateNumber: '4000100' },
      });
      const all = await t.http().get('/api/v1/admin/audit-events?pageSize=100').set(admin());
      const actions = all.body.items.map((event: { action: string }) => event.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'identity.registration-rejected',
          'identity.candidate-records-imported',
          'identity.login-succeeded',
        ]),
      );
      expect(JSON.stringify(all.body)).not.toMatch(/passphrase|argon2|token=/);
    });
  });

  describe('staff accounts', () => {
    it('staff invite a colleague, who sets a password from the email and then needs a TOTP code', async () => {
      const res = await t
        .http()
        .post('/api/v1/admin/staff-accounts')
        .set(admin())
        .send({ email: 'colleague@example.test', firstName: 'Col', surname: 'League' });
      expect(res.status).toBe(201);
      const token = await lastLinkToken(t, 'colleague@example.test', 'setPasswordUrl');
      // Staff have a second factor, so 8 characters are enough.
      expect(
        (await t.http().post('/api/v1/password-resets/confirm').send({ token, newPassword: 'kettle42' }))
          .status,
      ).toBe(204);
      const secret = await withDatabase(
        t,
        async (c) =>
          (await c.query(`SELECT totp_secret FROM identity_accounts WHERE email = 'colleague@example.test'`))
            .rows[0].totp_secret as string,
      );
      const colleague = await bearerToken(t, 'colleague@example.test', 'kettle42', totpCode(secret));
      expect(
        (await t.http().get('/api/v1/admin/registrations').set('Authorization', `Bearer ${colleague}`))
          .status,
      ).toBe(200);
    });
  });
});
