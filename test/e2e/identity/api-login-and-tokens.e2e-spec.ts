import { statementsDuring } from '../../support/statements';
import { createTestApp, TestApp } from '../../support/app';
import {
  bearerToken,
  createStaff,
  GOOD_PASSWORD,
  importRecords,
  lastLinkToken,
  newClientAddress,
  registration,
  STAFF_PASSWORD,
  staffToken,
  totpCode,
  withDatabase,
} from '../../support/identity';

// POST/DELETE /api/v1/auth/token, what a token can reach, lockout and throttling.
describe('API login and bearer tokens', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    staff = await staffToken(t);
    await importRecords(t, staff, [
      { candidateNumber: '2000001', firstName: 'Ada', surname: 'Lovelace', dateOfBirth: '1990-12-10' },
      { candidateNumber: '2000002', firstName: 'Alan', surname: 'Turing', dateOfBirth: '1991-06-23' },
      { candidateNumber: '2000003', firstName: 'Kurt', surname: 'Godel', dateOfBirth: '1992-04-28' },
      { candidateNumber: '2000004', firstName: 'Grace', surname: 'Hopper', dateOfBirth: '1993-12-09' },
    ]);
  });

  afterAll(() => t.close());

  const login = (body: object, address = newClientAddress()) =>
    t.http().post('/api/v1/auth/token').set('X-Forwarded-For', address).send(body);

  /** Registers (matched), confirms the email with the emailed link, and answers the email. */
  async function activeCandidate(
    number: string,
    firstName: string,
    surname: string,
    dateOfBirth: string,
  ): Promise<string> {
    const email = `${firstName.toLowerCase()}@example.test`;
    const res = await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send(registration({ email, candidateNumber: number, firstName, surname, dateOfBirth }));
    expect(res.body.status).toBe('active');
    const verified = await t
      .http()
      .post('/api/v1/email-verifications')
      .send({ token: await lastLinkToken(t, email, 'verifyUrl') });
    expect(verified.status).toBe(204);
    return email;
  }

  it('issues an opaque token that expires, for the right password', async () => {
    const email = await activeCandidate('2000001', 'Ada', 'Lovelace', '1990-12-10');
    const res = await login({ email, password: GOOD_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: expect.any(String),
      role: 'candidate',
    });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // Stored hashed: the token itself is nowhere in the database.
    const stored = await withDatabase(t, (c) => c.query('SELECT token_hash FROM identity_access_tokens'));
    expect(stored.rows.map((row) => row.token_hash)).not.toContain(res.body.accessToken);

    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email,
      role: 'candidate',
      status: 'active',
      candidateNumber: '2000001',
      firstName: 'Ada',
    });
  });

  it('logs in with one read (the lock and the account) and one write', async () => {
    // Each statement is a round trip on the main thread while argon2 holds the cores (docs/benchmarks.md, login).
    await activeCandidate('2000004', 'Grace', 'Hopper', '1993-12-09');
    const { statements, result } = await statementsDuring(() =>
      login({ email: 'grace@example.test', password: GOOD_PASSWORD }),
    );
    expect(result.status).toBe(200);
    // The lock and the account together, then the last login, token and audit rows together (LoginLedger).
    expect(statements).toHaveLength(2);
  });

  it('answers 401 the same way for a wrong password and an unknown email', async () => {
    const wrong = await login({ email: 'ada@example.test', password: 'not the right password at all' });
    const unknown = await login({ email: 'nobody@example.test', password: 'not the right password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('IDENTITY.INVALID_CREDENTIALS');
  });

  it('refuses a pending registration and an unconfirmed email with 403 and a reason', async () => {
    await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send(registration({ email: 'pending@example.test', firstName: 'Nobody', surname: 'Matches' }));
    const pending = await login({ email: 'pending@example.test', password: GOOD_PASSWORD });
    expect(pending.status).toBe(403);
    expect(pending.body.error.code).toBe('IDENTITY.ACCOUNT_PENDING');

    await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send(
        registration({
          email: 'alan@example.test',
          candidateNumber: '2000002',
          firstName: 'Alan',
          surname: 'Turing',
          dateOfBirth: '1991-06-23',
        }),
      );
    const unverified = await login({ email: 'alan@example.test', password: GOOD_PASSWORD });
    expect(unverified.status).toBe(403);
    expect(unverified.body.error.code).toBe('IDENTITY.EMAIL_NOT_VERIFIED');
    // A wrong password says nothing about the account's state.
    expect((await login({ email: 'pending@example.test', password: 'wrong wrong wrong wrong' })).status).toBe(
      401,
    );
  });

  it('revokes the presented token with DELETE; the token then authenticates nothing', async () => {
    const token = await bearerToken(t, 'ada@example.test', GOOD_PASSWORD);
    const other = await bearerToken(t, 'ada@example.test', GOOD_PASSWORD);
    expect((await t.http().delete('/api/v1/auth/token').set('Authorization', `Bearer ${token}`)).status).toBe(
      204,
    );
    const after = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('AUTH.AUTHENTICATION_REQUIRED');
    expect((await t.http().get('/api/v1/me').set('Authorization', `Bearer ${other}`)).status).toBe(200);
    expect((await t.http().delete('/api/v1/auth/token')).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const token = await bearerToken(t, 'ada@example.test', GOOD_PASSWORD);
    await withDatabase(t, (c) =>
      c.query(
        `UPDATE identity_access_tokens SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
         WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [token],
      ),
    );
    expect((await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('never takes a bearer token from a cookie', async () => {
    const token = await bearerToken(t, 'ada@example.test', GOOD_PASSWORD);
    expect(
      (await t.http().get('/api/v1/me').set('Cookie', `access_token=${token}; token=${token}`)).status,
    ).toBe(401);
  });

  describe('staff', () => {
    it('need the TOTP code: 401 without it, or with a wrong one, or with one already used', async () => {
      await createStaff(t, 'second.staff@example.test');
      const noCode = await login({ email: 'second.staff@example.test', password: STAFF_PASSWORD });
      expect(noCode.status).toBe(401);
      expect(noCode.body.error.code).toBe('IDENTITY.SECOND_FACTOR_REQUIRED');
      const wrongCode = await login({
        email: 'second.staff@example.test',
        password: STAFF_PASSWORD,
        totp: totpCode('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      });
      expect(wrongCode.status).toBe(401);
      expect(wrongCode.body.error.code).toBe('IDENTITY.INVALID_SECOND_FACTOR');
      const code = totpCode(undefined, 1);
      const ok = await login({ email: 'second.staff@example.test', password: STAFF_PASSWORD, totp: code });
      expect(ok.status).toBe(200);
      expect(ok.body.role).toBe('staff');
      const replay = await login({
        email: 'second.staff@example.test',
        password: STAFF_PASSWORD,
        totp: code,
      });
      expect(replay.status).toBe(401);
    });
  });

  describe('password guessing', () => {
    it('20 wrong passwords in a row from one address: throttled, and the account locked for everyone', async () => {
      const address = newClientAddress();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 20; attempt++) {
        statuses.push(
          (await login({ email: 'ada@example.test', password: `wrong guess number ${attempt}` }, address))
            .status,
        );
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.slice(10)).toEqual(Array(10).fill(429));

      // From anywhere else, even the right password is refused until the lock ends.
      const locked = await login({ email: 'ada@example.test', password: GOOD_PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('IDENTITY.TOO_MANY_ATTEMPTS');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(13 * 60);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    });

    it('locks an unknown address just the same (the lock reveals nothing)', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 11; attempt++) {
        statuses.push(
          (await login({ email: 'ghost@example.test', password: `wrong guess number ${attempt}` })).status,
        );
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
    });

    it('the lock ends after 15 minutes', async () => {
      await withDatabase(t, (c) =>
        c.query(`UPDATE identity_login_attempts SET locked_until = now() - interval '1 second'`),
      );
      expect((await login({ email: 'ada@example.test', password: GOOD_PASSWORD })).status).toBe(200);
    });
  });
});
