import request from 'supertest';
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import {
  GOOD_PASSWORD,
  newClientAddress,
  queuedEmails,
  staffToken,
  withDatabase,
} from '../../support/identity';
import { activeCandidate, ActiveCandidate, picture } from './profile-fixtures';

// The profile page's forms (photo, social links, username and password, details) and the address book
// pages, as a browser without JavaScript uses them: every refusal keeps the input and names the field.
describe('the profile pages', () => {
  let t: TestApp;
  let staff: string;
  let grace: ActiveCandidate;
  let agent: request.Agent;
  const address = newClientAddress();

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    staff = await staffToken(t);
    grace = await activeCandidate(t, staff, 3);
    agent = await logIn(grace.email);
  });

  afterAll(() => t.close());

  async function logIn(email: string, password = GOOD_PASSWORD): Promise<request.Agent> {
    const browser = t.agent();
    const page = await browser.get('/login');
    const res = await browser
      .post('/login')
      .set('X-Forwarded-For', address)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text), email, password });
    if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
    return browser;
  }

  /** The photo form's action as a browser reads it (the CSRF token travels in the URL of a multipart form). */
  function photoAction(html: string): string {
    return decodeHtml(/action="(\/profile\/photo\?[^"]+)"/.exec(html)![1]);
  }

  const decodeHtml = (text: string) => text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

  /** GETs a page and posts a form with its CSRF token. */
  async function submit(page: string, action: string, fields: Record<string, string>, who = agent) {
    const html = (await who.get(page)).text;
    return who
      .post(action)
      .set('X-Forwarded-For', address)
      .type('form')
      .send({ _csrf: csrfTokenIn(html) ?? '', ...fields });
  }

  it('needs a login', async () => {
    const res = await t.http().get('/profile');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?returnTo=%2Fprofile');
  });

  it('is laid out as the guide’s User Profile: name, counts, photo, social links, login, details, address book', async () => {
    const res = await agent.get('/profile');
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).toContain('User profile');
    expect(html).toMatch(/Candidate Home<\/a>/);
    expect(html).toContain('Grace Hopperxxx');
    expect(html).toMatch(/<dt>Orders<\/dt><dd>\d+<\/dd>/);
    expect(html).toMatch(/<dt>Certificates<\/dt><dd>\d+<\/dd>/);
    expect(html).toMatch(/<dt>Letters<\/dt><dd>\d+<\/dd>/);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(photoAction(html)).toMatch(/^\/profile\/photo\?_csrf=.+/);
    for (const label of [
      'Facebook',
      'X (Twitter)',
      'LinkedIn',
      'Username (email address)',
      'Current password',
      'First name',
      'Surname',
      'Telephone',
      'Mobile',
      'Date of birth',
      'Address book',
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('7100003'); // the candidate number, shown, not editable
    expect(html).toContain('value="profile-3@example.test"');
    expect(html).toContain('href="/profile/addresses/new"');
  });

  describe('photo', () => {
    async function upload(bytes: Buffer, filename: string, contentType?: string) {
      const page = await agent.get('/profile');
      return agent
        .post(photoAction(page.text))
        .attach('photo', bytes, contentType ? { filename, contentType } : filename);
    }

    it('uploads (shown on the page) and removes a photo', async () => {
      const res = await upload(await picture('jpeg'), 'me.jpg');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/profile#your-photo');
      const page = await agent.get('/profile');
      expect(page.text).toContain('Your photo has been saved.');
      const src = decodeHtml(/<img class="profile-photo" src="([^"]+)"/.exec(page.text)![1]);
      const image = await agent.get(src);
      expect(image.status).toBe(200);
      expect(image.headers['content-type']).toBe('image/webp');

      const removed = await submit('/profile', '/profile/photo/removal', {});
      expect(removed.headers.location).toBe('/profile#your-photo');
      expect((await agent.get('/profile')).text).not.toContain('<img class="profile-photo"');
    });

    it('shows a refused photo in the error summary and beside the field', async () => {
      const svg = await upload(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        'me.svg',
        'image/svg+xml',
      );
      expect(svg.status).toBe(415);
      expect(svg.text).toContain('There is a problem');
      expect(svg.text).toContain('href="#photo"');
      expect(svg.text).toContain('Choose a JPEG, PNG or WebP picture');
      const big = await upload(
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(6 * 1024 * 1024)]),
        'big.jpg',
      );
      expect(big.status).toBe(413);
      expect(big.text).toContain('Choose a photo of 5 MB or smaller');
    });

    it('refuses an upload without the CSRF token', async () => {
      const res = await agent.post('/profile/photo').attach('photo', await picture('png'), 'me.png');
      expect(res.status).toBe(403);
    });
  });

  it('saves social links, and keeps the input with the error beside the bad one', async () => {
    const bad = await submit('/profile', '/profile/social', {
      facebook: 'https://www.facebook.com/grace',
      linkedin: 'javascript:alert(1)',
      x: '',
      instagram: '',
      website: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#linkedin"');
    expect(bad.text).toContain('value="https://www.facebook.com/grace"');
    expect(bad.text).toContain('aria-invalid="true"');
    const ok = await submit('/profile', '/profile/social', {
      facebook: 'https://www.facebook.com/grace',
      linkedin: 'https://www.linkedin.com/in/grace',
      x: '',
      instagram: '',
      website: '',
    });
    expect(ok.headers.location).toBe('/profile#social');
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${grace.token}`);
    expect(me.body.social).toEqual({
      facebook: 'https://www.facebook.com/grace',
      linkedin: 'https://www.linkedin.com/in/grace',
    });
  });

  it('saves details; a bad date of birth keeps what was typed', async () => {
    const fields = {
      firstName: 'Grace',
      surname: 'Hopperxxx',
      telephone: '01632 960111',
      mobile: '',
      'dateOfBirth-day': '9',
      'dateOfBirth-month': '12',
      'dateOfBirth-year': '2999',
    };
    const bad = await submit('/profile', '/profile/details', fields);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#dateOfBirth"');
    expect(bad.text).toContain('value="2999"');
    expect(bad.text).toContain('value="01632 960111"');
    const ok = await submit('/profile', '/profile/details', { ...fields, 'dateOfBirth-year': '1976' });
    expect(ok.headers.location).toBe('/profile#details');
    const stored = await withDatabase(t, (c) =>
      c.query('SELECT telephone, mobile FROM identity_accounts WHERE id = $1', [grace.accountId]),
    );
    expect(stored.rows[0]).toEqual({ telephone: '01632 960111', mobile: null });
  });

  it('changes the password (current one required) and asks to confirm a new username by email', async () => {
    const wrong = await submit('/profile', '/profile/login', {
      email: grace.email,
      currentPassword: 'not the password at all',
      newPassword: 'another long passphrase 77',
      confirmPassword: 'another long passphrase 77',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('href="#currentPassword"');
    expect(wrong.text).not.toContain('another long passphrase 77');

    const mismatch = await submit('/profile', '/profile/login', {
      email: grace.email,
      currentPassword: GOOD_PASSWORD,
      newPassword: 'another long passphrase 77',
      confirmPassword: 'something else',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('href="#confirmPassword"');

    const other = await logIn(grace.email);
    const ok = await submit('/profile', '/profile/login', {
      email: grace.email,
      currentPassword: GOOD_PASSWORD,
      newPassword: 'another long passphrase 77',
      confirmPassword: 'another long passphrase 77',
    });
    expect(ok.headers.location).toBe('/profile#login');
    expect((await agent.get('/profile')).text).toContain('Your password has been changed');
    // The other browser's session has ended.
    expect((await other.get('/profile')).status).toBe(303);

    const email = await submit('/profile', '/profile/login', {
      email: 'grace.new@example.test',
      currentPassword: 'another long passphrase 77',
      newPassword: '',
      confirmPassword: '',
    });
    expect(email.headers.location).toBe('/profile#login');
    const page = await agent.get('/profile');
    expect(page.text).toContain('We have sent a link to grace.new@example.test');
    expect((await queuedEmails(t, 'grace.new@example.test')).length).toBe(1);
  });

  describe('address book', () => {
    const home = {
      label: 'Home',
      line1: '1 High Street',
      line2: '',
      town: 'Leeds',
      county: '',
      postcode: 'ls1 4ap',
      country: 'GB',
    };

    it('adds on its own page, keeps input on error, edits, makes default and removes', async () => {
      const form = await agent.get('/profile/addresses/new');
      expect(form.status).toBe(200);
      expect(form.text).toContain('<option value="GB" selected>');
      expect(form.text).toContain('<option value="DE">Germany</option>');

      const noPostcode = await submit('/profile/addresses/new', '/profile/addresses', {
        ...home,
        postcode: '',
      });
      expect(noPostcode.status).toBe(400);
      expect(noPostcode.text).toContain('href="#postcode"');
      expect(noPostcode.text).toContain('value="1 High Street"');
      const badPostcode = await submit('/profile/addresses/new', '/profile/addresses', {
        ...home,
        postcode: 'LS1 4A',
      });
      expect(badPostcode.status).toBe(400);
      expect(badPostcode.text).toContain('Enter a real UK postcode');
      const badCountry = await submit('/profile/addresses/new', '/profile/addresses', {
        ...home,
        country: 'ZZ',
      });
      expect(badCountry.status).toBe(400);
      expect(badCountry.text).toContain('href="#country"');

      expect((await submit('/profile/addresses/new', '/profile/addresses', home)).headers.location).toBe(
        '/profile#address-book',
      );
      expect(
        (
          await submit('/profile/addresses/new', '/profile/addresses', {
            ...home,
            label: 'Work',
            line1: '2 Park Row',
            postcode: 'LS1 5HD',
          })
        ).status,
      ).toBe(303);
      const page = await agent.get('/profile');
      expect(page.text).toContain('LS1 4AP');
      expect(page.text).toContain('United Kingdom');
      const rows = await withDatabase(t, (c) =>
        c.query(
          'SELECT id, label, is_default FROM identity_addresses WHERE account_id = $1 ORDER BY created_at',
          [grace.accountId],
        ),
      );
      const [homeRow, workRow] = rows.rows;
      expect([homeRow.is_default, workRow.is_default]).toEqual([true, false]);
      expect(page.text).toContain(`action="/profile/addresses/${workRow.id}/default"`);

      const edit = await agent.get(`/profile/addresses/${workRow.id}/edit`);
      expect(edit.text).toContain('value="2 Park Row"');
      const badEdit = await submit(
        `/profile/addresses/${workRow.id}/edit`,
        `/profile/addresses/${workRow.id}`,
        { ...home, label: 'Office', line1: '' },
      );
      expect(badEdit.status).toBe(400);
      expect(badEdit.text).toContain('value="Office"');
      expect(
        (
          await submit(`/profile/addresses/${workRow.id}/edit`, `/profile/addresses/${workRow.id}`, {
            ...home,
            label: 'Office',
            line1: '3 Park Row',
            postcode: 'LS1 5HD',
          })
        ).status,
      ).toBe(303);

      expect(
        (await submit('/profile', `/profile/addresses/${workRow.id}/default`, {})).headers.location,
      ).toBe('/profile#address-book');
      const defaults = await withDatabase(t, (c) =>
        c.query(
          'SELECT label, is_default FROM identity_addresses WHERE account_id = $1 ORDER BY created_at',
          [grace.accountId],
        ),
      );
      expect(defaults.rows).toEqual([
        { label: 'Home', is_default: false },
        { label: 'Office', is_default: true },
      ]);

      expect((await submit('/profile', `/profile/addresses/${homeRow.id}/removal`, {})).status).toBe(303);
      const after = await agent.get('/profile');
      expect(after.text).toContain('The address has been removed');
      expect(after.text).not.toContain('1 High Street');
      expect(after.text).toContain('3 Park Row');
    });

    it('another account’s address is "page not found"', async () => {
      const [own] = (
        await withDatabase(t, (c) =>
          c.query('SELECT id FROM identity_addresses WHERE account_id = $1', [grace.accountId]),
        )
      ).rows;
      const stranger = await activeCandidate(t, staff, 4);
      const browser = await logIn(stranger.email);
      expect((await browser.get(`/profile/addresses/${own.id}/edit`)).status).toBe(404);
      expect((await submit('/profile', `/profile/addresses/${own.id}`, home, browser)).status).toBe(404);
      expect((await submit('/profile', `/profile/addresses/${own.id}/removal`, {}, browser)).status).toBe(
        404,
      );
      expect((await submit('/profile', `/profile/addresses/${own.id}/default`, {}, browser)).status).toBe(
        404,
      );
      expect(
        (
          await withDatabase(t, (c) =>
            c.query('SELECT count(*)::int AS n FROM identity_addresses WHERE id = $1', [own.id]),
          )
        ).rows[0].n,
      ).toBe(1);
    });
  });
});
