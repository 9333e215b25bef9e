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
} from '../../support/identity';

// POST /email-verifications, /password-resets, /password-resets/confirm; third-party registration;
// GET /me, PATCH /me/profile, PUT /me/credentials.
describe('email verification, passwords and the account (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    const staff = await staffToken(t);
    await importRecords(t, staff, [
      { candidateNumber: '3000001', firstName: 'Rosalind', surname: 'Franklin', dateOfBirth: '1980-07-25' },
    ]);
    await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send(
        registration({
          email: 'rosalind@example.test',
          candidateNumber: '3000001',
          firstName: 'Rosalind',
          surname: 'Franklin',
          dateOfBirth: '1980-07-25',
        }),
      );
    await t
      .http()
      .post('/api/v1/email-verifications')
      .send({ token: await lastLinkToken(t, 'rosalind@example.test', 'verifyUrl') });
  });

  afterAll(() => t.close());

  const post = (path: string, body: object) =>
    t.http().post(`/api/v1${path}`).set('X-Forwarded-For', newClientAddress()).send(body);

  describe('third parties', () => {
    it('register, are asked to confirm the email, and can log in only after that', async () => {
      const res = await post('/registrations/third-parties', {
        email: 'hiring@northfield.example',
        password: GOOD_PASSWORD,
        firstName: 'Erin',
        surname: 'Employer',
        company: 'Northfield Motors Ltd',
        telephone: '01632 960002',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ accountId: expect.any(String), status: 'pending_email_verification' });
      const before = await post('/auth/token', {
        email: 'hiring@northfield.example',
        password: GOOD_PASSWORD,
      });
      expect(before.status).toBe(403);
      expect(before.body.error.code).toBe('IDENTITY.EMAIL_NOT_VERIFIED');

      const [email] = await queuedEmails(t, 'hiring@northfield.example');
      expect(email.template).toBe('identity-verify-email');
      const token = await lastLinkToken(t, 'hiring@northfield.example', 'verifyUrl');
      expect((await post('/email-verifications', { token })).status).toBe(204);
      const me = await t
        .http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${await bearerToken(t, 'hiring@northfield.example', GOOD_PASSWORD)}`);
      expect(me.body).toMatchObject({
        role: 'third_party',
        status: 'active',
        company: 'Northfield Motors Ltd',
        emailVerified: true,
      });
    });

    it('refuses a taken email (409), a missing company and unknown fields (400)', async () => {
      const base = {
        email: 'hiring@northfield.example',
        password: GOOD_PASSWORD,
        firstName: 'A',
        surname: 'B',
        company: 'C',
      };
      expect((await post('/registrations/third-parties', base)).status).toBe(409);
      expect(
        (await post('/registrations/third-parties', { ...base, email: 'x@example.test', company: '' }))
          .status,
      ).toBe(400);
      expect(
        (await post('/registrations/third-parties', { ...base, email: 'y@example.test', role: 'staff' }))
          .status,
      ).toBe(400);
    });
  });

  describe('email verification', () => {
    it('a link works once; an unknown one is refused', async () => {
      await post('/registrations/third-parties', {
        email: 'once@example.test',
        password: GOOD_PASSWORD,
        firstName: 'O',
        surname: 'Nce',
        company: 'Once Ltd',
      });
      const token = await lastLinkToken(t, 'once@example.test', 'verifyUrl');
      expect((await post('/email-verifications', { token })).status).toBe(204);
      const again = await post('/email-verifications', { token });
      expect(again.status).toBe(400);
      expect(again.body.error.code).toBe('IDENTITY.INVALID_TOKEN');
      expect((await post('/email-verifications', { token: 'made-up' })).status).toBe(400);
    });
  });

  describe('forgotten password', () => {
    it('answers 202 whether or not the account exists, and emails only a real one', async () => {
      const known = await post('/password-resets', { email: 'rosalind@example.test' });
      const unknown = await post('/password-resets', { email: 'nobody@example.test' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      expect(await queuedEmails(t, 'nobody@example.test')).toEqual([]);
      const [email] = (await queuedEmails(t, 'rosalind@example.test')).filter(
        (e) => e.template === 'identity-password-reset',
      );
      expect(email.data).toMatchObject({
        resetUrl: expect.stringMatching(/\/reset-password\?token=/),
        validForMinutes: 60,
      });
    });

    it('a reset link sets a new password once, ends every token, and cannot be used twice', async () => {
      const oldToken = await bearerToken(t, 'rosalind@example.test', GOOD_PASSWORD);
      await post('/password-resets', { email: 'rosalind@example.test' });
      const token = await lastLinkToken(t, 'rosalind@example.test', 'resetUrl');

      const weak = await post('/password-resets/confirm', { token, newPassword: 'qwerty123456789' });
      expect(weak.status).toBe(400);
      expect(weak.body.error.details[0].field).toBe('newPassword');

      expect(
        (await post('/password-resets/confirm', { token, newPassword: 'a brand new passphrase 2026' }))
          .status,
      ).toBe(204);
      const twice = await post('/password-resets/confirm', {
        token,
        newPassword: 'another new passphrase 2026',
      });
      expect(twice.status).toBe(400);
      expect(twice.body.error.code).toBe('IDENTITY.INVALID_TOKEN');

      expect((await t.http().get('/api/v1/me').set('Authorization', `Bearer ${oldToken}`)).status).toBe(401);
      expect(
        (await post('/auth/token', { email: 'rosalind@example.test', password: GOOD_PASSWORD })).status,
      ).toBe(401);
      expect(
        (
          await post('/auth/token', {
            email: 'rosalind@example.test',
            password: 'a brand new passphrase 2026',
          })
        ).status,
      ).toBe(200);
      expect((await queuedEmails(t, 'rosalind@example.test')).at(-1)?.template).toBe(
        'identity-password-changed',
      );
    });
  });

  describe('GET /me, PATCH /me/profile, PUT /me/credentials', () => {
    let token: string;
    const password = 'a brand new passphrase 2026';

    beforeAll(async () => {
      token = await bearerToken(t, 'rosalind@example.test', password);
    });

    const auth = () => ({ Authorization: `Bearer ${token}` });

    it('GET /me describes the account', async () => {
      const res = await t.http().get('/api/v1/me').set(auth());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        role: 'candidate',
        status: 'active',
        email: 'rosalind@example.test',
        firstName: 'Rosalind',
        surname: 'Franklin',
        dateOfBirth: '1980-07-25',
        candidateNumber: '3000001',
        photoUrl: null,
        social: {},
        counts: { orders: expect.any(Number), certificates: expect.any(Number), letters: expect.any(Number) },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|totp/i);
      expect((await t.http().get('/api/v1/me')).status).toBe(401);
    });

    it('PATCH /me/profile changes details and social links, and answers the account', async () => {
      const res = await t
        .http()
        .patch('/api/v1/me/profile')
        .set(auth())
        .send({
          telephone: '01632 960003',
          mobile: '07700 900456',
          social: { linkedin: 'https://www.linkedin.com/in/rosalind', x: 'https://x.com/rosalind' },
        });
      expect(res.body.error).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        telephone: '01632 960003',
        mobile: '07700 900456',
        social: { linkedin: 'https://www.linkedin.com/in/rosalind', x: 'https://x.com/rosalind' },
      });
      const removed = await t
        .http()
        .patch('/api/v1/me/profile')
        .set(auth())
        .send({ social: { x: null } });
      expect(removed.body.social).toEqual({ linkedin: 'https://www.linkedin.com/in/rosalind' });
    });

    it.each([
      [{ firstName: '' }, 'firstName'],
      [{ surname: 'x'.repeat(101) }, 'surname'],
      [{ dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      [{ dateOfBirth: 'soon' }, 'dateOfBirth'],
      [{ social: { linkedin: 'javascript:alert(1)' } }, 'social.linkedin'],
      [{ social: { myspace: 'https://myspace.com/x' } }, 'social.myspace'],
      [{ role: 'staff' }, 'role'],
    ])('PATCH /me/profile refuses %p with 400', async (body, field) => {
      const res = await t.http().patch('/api/v1/me/profile').set(auth()).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: expect.stringContaining(field.split('.')[0]) }),
        ]),
      );
    });

    it('PUT /me/credentials needs the current password', async () => {
      const wrong = await t
        .http()
        .put('/api/v1/me/credentials')
        .set(auth())
        .send({ currentPassword: 'not my password at all', newPassword: 'something else entirely 1' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('IDENTITY.CURRENT_PASSWORD_INCORRECT');
      const nothing = await t
        .http()
        .put('/api/v1/me/credentials')
        .set(auth())
        .send({ currentPassword: password });
      expect(nothing.status).toBe(400);
    });

    it('a new password keeps this token and ends the others', async () => {
      const other = await bearerToken(t, 'rosalind@example.test', password);
      const res = await t
        .http()
        .put('/api/v1/me/credentials')
        .set(auth())
        .send({ currentPassword: password, newPassword: 'the newest passphrase 2026' });
      expect(res.status).toBe(204);
      expect((await t.http().get('/api/v1/me').set(auth())).status).toBe(200);
      expect((await t.http().get('/api/v1/me').set('Authorization', `Bearer ${other}`)).status).toBe(401);
    });

    it('a new email takes effect once confirmed from the new address; a taken one is 409', async () => {
      const taken = await t
        .http()
        .put('/api/v1/me/credentials')
        .set(auth())
        .send({ currentPassword: 'the newest passphrase 2026', newEmail: 'hiring@northfield.example' });
      expect(taken.status).toBe(409);
      const res = await t
        .http()
        .put('/api/v1/me/credentials')
        .set(auth())
        .send({ currentPassword: 'the newest passphrase 2026', newEmail: 'rosalind.f@example.test' });
      expect(res.status).toBe(204);
      expect((await t.http().get('/api/v1/me').set(auth())).body).toMatchObject({
        email: 'rosalind@example.test',
        pendingEmail: 'rosalind.f@example.test',
      });
      const token = await lastLinkToken(t, 'rosalind.f@example.test', 'verifyUrl');
      expect((await post('/email-verifications', { token })).status).toBe(204);
      expect((await t.http().get('/api/v1/me').set(auth())).body).toMatchObject({
        email: 'rosalind.f@example.test',
        pendingEmail: null,
      });
      expect((await queuedEmails(t, 'rosalind@example.test')).at(-1)?.template).toBe(
        'identity-email-changed',
      );
    });
  });
});
