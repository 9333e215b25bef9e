import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import { queuedEmails, staffToken } from '../../support/identity';
import { achievement, Candidate, candidateWithToken, importAchievements } from './achievements-fixtures';

// The Achievements pages over HTTP: Documents, the document card, PDFs, enquiries, verification and
// the staff enquiry queue. Pages accept the bearer token as they accept a login session.
describe('Achievements pages', () => {
  let t: TestApp;
  let staff: string;
  let ada: Candidate;
  let bob: Candidate;

  const AFTER = '01702345-01-K7PD';
  const BEFORE = '01626756-01-Q3NF';
  const ACCREDITATION = '01718820-01-ACR3';
  const REVOKED = '01733310-01-RV2K';
  const BOBS = '01811190-01-WX9M';

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    staff = await staffToken(t);
    ada = await candidateWithToken(t, staff, '7100001', 'Ada', 'Lovelace');
    bob = await candidateWithToken(t, staff, '7100002', 'Bob', 'Hope');
    await importAchievements(t, staff, [
      achievement({ certificateNumber: AFTER, candidateNumber: '7100001' }),
      achievement({
        certificateNumber: BEFORE,
        candidateNumber: '7100001',
        title: 'Level 3 NVQ Diploma in Customer Service',
        qualificationNumber: '500/9349/6',
        issueDate: '2017-01-04',
      }),
      achievement({
        certificateNumber: ACCREDITATION,
        candidateNumber: '7100001',
        kind: 'accreditation',
        title: 'Accredited Assessor',
        qualificationNumber: undefined,
        units: undefined,
        issueDate: '2018-01-03',
        expiryDate: '2021-01-03',
      }),
      achievement({
        certificateNumber: REVOKED,
        candidateNumber: '7100001',
        title: 'Level 2 Award in Vehicle Air Conditioning',
        issueDate: '2018-09-20',
      }),
      achievement({ certificateNumber: BOBS, candidateNumber: '7100002', fullName: 'Bob Hope' }),
    ]);
    await t
      .http()
      .post(`/api/v1/admin/achievements/${REVOKED}/revocation`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ reason: 'Issued in error' })
      .expect(200);
  });

  afterAll(() => t.close());

  const page = (who: { token: string }, path: string) =>
    t.http().get(path).set('Authorization', `Bearer ${who.token}`);

  describe('/documents', () => {
    it("shows one card per achievement with the guide's fields and an actions menu", async () => {
      const res = await page(ada, '/documents');
      expect(res.status).toBe(200);
      const html = res.text;
      expect(html).toContain('<h1 class="page-title">Documents</h1>');
      expect(html.match(/<li class="card document">/g)).toHaveLength(4);
      for (const label of ['Certificate Number', 'Qualification Number', 'Candidate Number', 'Issue Date'])
        expect(html).toContain(label);
      expect(html).toContain('4 January 2017');
      expect(html).toContain('14 March 2018');
      expect(html.match(/<details class="actions-menu">/g)).toHaveLength(4);
      for (const action of [
        'Details',
        'Share Qualification',
        'eCertificate',
        'eTranscript',
        'Order POQ',
        'Order Certificate',
        'Raise an Enquiry',
      ]) {
        expect(html).toContain(`>${action}<`);
      }
    });

    it('links the actions that apply and disables the others with the reason', async () => {
      // Handlebars writes "=" in attributes as &#x3D;: read the hrefs as a browser does.
      const html = (await page(ada, '/documents')).text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
      expect(html).toContain(`href="/documents/${AFTER}/ecertificate.pdf"`);
      expect(html).toContain(`href="/documents/${AFTER}/etranscript.pdf"`);
      expect(html).toContain(`href="/connections/new?certificate=${AFTER}"`);
      expect(html).toContain(`href="/orders/reprint?certificate=${AFTER}&product=certificate-reprint"`);
      expect(html).toContain(`href="/orders/reprint?certificate=${AFTER}&product=poq-letter"`);
      expect(html).not.toContain(`href="/documents/${BEFORE}/ecertificate.pdf"`);
      expect(html).not.toContain(`href="/connections/new?certificate=${BEFORE}"`);
      expect(html).toContain(
        'PDF versions are only available for certificates issued on or after 1 November 2017',
      );
      expect(html).not.toContain(`href="/documents/${ACCREDITATION}/etranscript.pdf"`);
      expect(html).toContain('An accreditation has an eCertificate only');
      expect(html).toContain('Reprints cannot be ordered for a revoked achievement');
      expect(html).toContain('aria-disabled="true"');
    });

    it('is personal: no-store and no ETag (a browser never revalidates what it may not keep)', async () => {
      const res = await page(ada, '/documents');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
      const api = await t.http().get('/api/v1/me/achievements').set('Authorization', `Bearer ${ada.token}`);
      expect(api.headers.etag).toBeUndefined();
    });

    it('is for candidates only (a visitor is sent to log in)', async () => {
      const res = await t.http().get('/documents');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/login?returnTo=%2Fdocuments');
      expect((await t.http().get('/documents').set('Authorization', `Bearer ${staff}`)).status).toBe(403);
    });
  });

  describe('open credentials on the document card', () => {
    it('offers Add to LinkedIn, filled in with the certificate and the page that checks it', async () => {
      // The card links to Veri, which sends the holder on to LinkedIn's form, filled in.
      const html = (await page(ada, `/documents/${AFTER}`)).text;
      expect(html).toMatch(new RegExp(`href="/documents/${AFTER}/linkedin"[^>]*>Add to LinkedIn<`));
      const redirect = await page(ada, `/documents/${AFTER}/linkedin`);
      expect(redirect.status).toBe(303);
      const href: string = redirect.headers.location;
      expect(href).toMatch(/^https:\/\/www\.linkedin\.com\/profile\/add\?/);
      const params = new URL(href).searchParams;
      const code = (
        await t.http().get(`/api/v1/admin/achievements/${AFTER}`).set('Authorization', `Bearer ${staff}`)
      ).body.verificationCode;
      expect(Object.fromEntries(params)).toEqual({
        startTask: 'CERTIFICATION_NAME',
        name: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
        organizationName: 'Veri Awarding Body',
        issueYear: '2018',
        issueMonth: '3',
        certId: AFTER,
        certUrl: `${t.config.publicUrl}/verify/${code}`,
      });
      // The documents page offers both on every card that has an eCertificate; older ones say why not.
      const list = (await page(ada, '/documents')).text;
      expect(list).toContain(`href="/documents/${AFTER}/credential.json"`);
      expect(list.match(/>Add to LinkedIn</g)?.length).toBe(4);
      expect(list).not.toContain(`href="/documents/${BEFORE}/credential.json"`);
      expect(list).not.toContain(`href="/documents/${BEFORE}/linkedin"`);
      // Not for a card without an eCertificate, nor for anyone but the holder.
      expect((await page(ada, `/documents/${BEFORE}/linkedin`)).status).toBe(422);
      expect((await page(bob, `/documents/${AFTER}/linkedin`)).status).toBe(404);
    });

    it('downloads the Open Badges 3.0 credential as a file', async () => {
      const res = await page(ada, `/documents/${AFTER}/credential.json`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="credential-${AFTER}.json"`);
      expect(JSON.parse(res.text as string)).toMatchObject({
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
      });
      expect((await page(bob, `/documents/${AFTER}/credential.json`)).status).toBe(404);
    });
  });

  describe('/documents/{certificateNumber}', () => {
    it('shows every field of CERTIFICATE DETAILS with Print and Close', async () => {
      const res = await page(ada, `/documents/${AFTER}`);
      expect(res.status).toBe(200);
      for (const field of [
        'DC Certificate Number',
        'Fullname',
        'Candidate Number',
        'Qualification Number',
        'Grade',
        'Issue Date',
        'Centre',
        'Expiry Date',
        'Description',
      ]) {
        expect(res.text).toContain(`>${field}</dt>`);
      }
      expect(res.text).toContain('Ada Lovelace');
      expect(res.text).toContain('Light vehicle chassis system units');
      expect(res.text).toContain('data-print');
      expect(res.text).toMatch(/href="\/documents">Close<\/a>/);
    });

    it("answers 404 for another candidate's card and PDF", async () => {
      expect((await page(ada, `/documents/${BOBS}`)).status).toBe(404);
      expect((await page(ada, `/documents/${BOBS}/ecertificate.pdf`)).status).toBe(404);
      expect((await page(bob, `/documents/${AFTER}/etranscript.pdf`)).status).toBe(404);
    });

    it('downloads the PDFs, and explains when one is not available (422)', async () => {
      const pdf = await page(ada, `/documents/${AFTER}/ecertificate.pdf`).buffer(true);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-disposition']).toBe(`attachment; filename="eCertificate-${AFTER}.pdf"`);
      expect(pdf.headers['cache-control']).toBe('private, no-store');
      const before = await page(ada, `/documents/${BEFORE}/ecertificate.pdf`);
      expect(before.status).toBe(422);
      expect(before.text).toContain(
        'PDF versions are only available for certificates issued on or after 1 November 2017',
      );
    });
  });

  describe('Raise an Enquiry and the enquiry pages', () => {
    it('takes the enquiry, keeps input on error, and confirms what happens next', async () => {
      const agent = t.agent();
      const form = await agent
        .get(`/documents/${AFTER}/enquiries/new`)
        .set('Authorization', `Bearer ${ada.token}`);
      expect(form.status).toBe(200);
      const csrf = csrfTokenIn(form.text)!;
      const tooLong = await agent
        .post(`/documents/${AFTER}/enquiries`)
        .set('Authorization', `Bearer ${ada.token}`)
        .type('form')
        .send({ _csrf: csrf, topic: 'grade', message: 'y'.repeat(2001) });
      expect(tooLong.status).toBe(400);
      expect(tooLong.text).toContain('There is a problem');
      expect(tooLong.text).toContain('2,000 characters or fewer');
      expect(tooLong.text).toContain('y'.repeat(2001));

      const sent = await agent
        .post(`/documents/${AFTER}/enquiries`)
        .set('Authorization', `Bearer ${ada.token}`)
        .type('form')
        .send({ _csrf: csrf, topic: 'grade', message: 'My grade should be Distinction.' });
      expect(sent.status).toBe(303);
      expect(sent.headers.location).toMatch(/^\/enquiries\/[0-9a-f-]{36}\?raised=1$/);
      const confirmation = await agent.get(sent.headers.location).set('Authorization', `Bearer ${ada.token}`);
      expect(confirmation.text).toContain('Your enquiry has been sent');
      expect(confirmation.text).toContain('My grade should be Distinction.');
      expect((await page(ada, '/enquiries')).text).toContain('The grade');
      expect((await page(bob, sent.headers.location.split('?')[0])).status).toBe(404);
    });

    it('lets staff reply from the queue page; the candidate sees the reply and is emailed', async () => {
      const agent = t.agent();
      const queue = await agent.get('/admin/enquiries').set('Authorization', `Bearer ${staff}`);
      expect(queue.status).toBe(200);
      const id = /href="\/admin\/enquiries\/([0-9a-f-]{36})"/.exec(queue.text)![1];
      const open = await agent.get(`/admin/enquiries/${id}`).set('Authorization', `Bearer ${staff}`);
      expect(open.text).toContain('My grade should be Distinction.');
      const reply = await agent
        .post(`/admin/enquiries/${id}/replies`)
        .set('Authorization', `Bearer ${staff}`)
        .type('form')
        .send({ _csrf: csrfTokenIn(open.text), message: 'We have checked: it is Merit.', resolve: 'true' });
      expect(reply.status).toBe(303);
      const seen = await page(ada, `/enquiries/${id}`);
      expect(seen.text).toContain('We have checked: it is Merit.');
      expect(seen.text).toContain('Resolved');
      expect((await queuedEmails(t, ada.email)).at(-1)?.template).toBe('achievements-enquiry-resolved');
      expect((await page(ada, '/admin/enquiries')).status).toBe(403);
    });
  });

  describe('/admin/achievements/{certificateNumber}', () => {
    const STAFF_PAGE = '01811191-01-WX9N';

    it('corrects the details as staff write dates, keeps the input on error, and revokes after a confirmation', async () => {
      await importAchievements(t, staff, [
        achievement({ certificateNumber: STAFF_PAGE, candidateNumber: '7100002', fullName: 'Bob Hope' }),
      ]);
      const agent = t.agent();
      const asStaff = <T extends { set(name: string, value: string): T }>(request: T) =>
        request.set('Authorization', `Bearer ${staff}`);
      const path = `/admin/achievements/${STAFF_PAGE}`;
      const shown = await asStaff(agent.get(path));
      expect(shown.status).toBe(200);
      const correction = {
        _csrf: csrfTokenIn(shown.text),
        title: 'Level 3 Diploma in Light Vehicle Maintenance',
        fullName: 'Robert Hope',
        issueDate: '30 2 2018',
        grade: '',
        correctionReason: 'Name as on the awarding records',
      };

      const refused = await asStaff(agent.post(`${path}/correction`))
        .type('form')
        .send(correction);
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('There is a problem');
      expect(refused.text).toContain('Enter the issue date as a real date, for example 14 3 2018');
      expect(refused.text).toContain('value="Robert Hope"');

      const corrected = await asStaff(agent.post(`${path}/correction`))
        .type('form')
        .send({ ...correction, issueDate: '14 March 2018' });
      expect(corrected.status).toBe(303);
      expect(corrected.headers.location).toBe(`${path}?done=corrected`);
      const after = await asStaff(t.http().get(`/api/v1/admin/achievements/${STAFF_PAGE}`));
      expect(after.body).toMatchObject({ fullName: 'Robert Hope', issueDate: '2018-03-14' });
      expect(after.body.grade ?? null).toBeNull();

      const confirm = await asStaff(agent.post(`${path}/revocation`))
        .type('form')
        .send({ _csrf: correction._csrf, reason: 'Issued in error' });
      expect(confirm.status).toBe(200);
      expect(confirm.text).toContain(`Revoke ${STAFF_PAGE}?`);
      const revoked = await asStaff(agent.post(`${path}/revocation`))
        .type('form')
        .send({ _csrf: correction._csrf, reason: 'Issued in error', confirmed: 'yes' });
      expect(revoked.headers.location).toBe(`${path}?done=revoked`);
      expect((await asStaff(agent.get(revoked.headers.location))).text).toContain(
        'The achievement is revoked.',
      );
    });
  });

  describe('/verify', () => {
    it('shows genuine and current, revoked, and a not-found page without hints', async () => {
      const code = async (n: string) =>
        (await t.http().get(`/api/v1/admin/achievements/${n}`).set('Authorization', `Bearer ${staff}`)).body
          .verificationCode as string;
      const valid = await t
        .http()
        .get(`/verify/${await code(AFTER)}`)
        .set('X-Forwarded-For', '203.0.113.30');
      expect(valid.status).toBe(200);
      expect(valid.text).toContain('Genuine and valid');
      expect(valid.text).toContain('Ada Lovelace');
      expect(valid.text).not.toContain('7100001');
      expect(valid.text).not.toContain('Merit');
      const revoked = await t
        .http()
        .get(`/verify/${await code(REVOKED)}`)
        .set('X-Forwarded-For', '203.0.113.30');
      expect(revoked.text).toContain('Revoked');
      const unknown = await t
        .http()
        .get('/verify/AAAA-BBBB-CCCC-DDDD')
        .set('X-Forwarded-For', '203.0.113.30');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('No document has this verification code');
      const form = await t.http().get('/verify?code=abcd').set('X-Forwarded-For', '203.0.113.30');
      expect(form.status).toBe(303);
      expect(form.headers.location).toBe('/verify/abcd');
    });
  });
});
