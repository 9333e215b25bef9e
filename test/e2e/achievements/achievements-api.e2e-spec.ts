import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PublishAchievementsIntegrationEvents } from '../../../src/achievements/application/events/publish-integration-events';
import { UPDATE_CREDENTIAL_STATUS_TOPIC } from '../../../src/achievements/application/commands/update-credential-status/update-credential-status.command';
import { AchievementIssued } from '../../../src/achievements/domain/achievement.events';
import { ImportAchievementsCliCommand } from '../../../src/achievements/interface/cli/import-achievements.cli-command';
import { EmailTemplates } from '../../../src/shared/infrastructure/email/email-templates';
import { createTestApp, TestApp } from '../../support/app';
import { queuedEmails, staffToken, withDatabase } from '../../support/identity';
import { achievement, Candidate, candidateWithToken, importAchievements } from './achievements-fixtures';

// api.md "Achievements" and the staff achievement and enquiry routes, over HTTP.
describe('Achievements API', () => {
  let t: TestApp;
  let staff: string;
  let ada: Candidate;
  let bob: Candidate;

  const AFTER = '01702345-01-K7PD';
  const BEFORE = '01626756-01-Q3NF';
  const ACCREDITATION = '01718820-01-ACR3';
  const BOBS = '01811190-01-WX9M';

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    staff = await staffToken(t);
    ada = await candidateWithToken(t, staff, '7000001', 'Ada', 'Lovelace');
    bob = await candidateWithToken(t, staff, '7000002', 'Bob', 'Hope');
    const report = await importAchievements(t, staff, [
      achievement({ certificateNumber: AFTER }),
      achievement({
        certificateNumber: BEFORE,
        title: 'Level 3 NVQ Diploma in Customer Service',
        qualificationNumber: '500/9349/6',
        issueDate: '2017-01-04',
      }),
      achievement({
        certificateNumber: ACCREDITATION,
        kind: 'accreditation',
        title: 'Accredited Assessor',
        qualificationNumber: undefined,
        units: undefined,
        issueDate: '2018-01-03',
        expiryDate: '2021-01-03',
      }),
      achievement({
        certificateNumber: BOBS,
        candidateNumber: '7000002',
        fullName: 'Bob Hope',
        issueDate: '2020-02-17',
      }),
    ]);
    expect(report).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: [] });
  });

  afterAll(() => t.close());

  const as = (who: { token: string }) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${who.token}`),
    post: (path: string) => t.http().post(path).set('Authorization', `Bearer ${who.token}`),
    patch: (path: string) => t.http().patch(path).set('Authorization', `Bearer ${who.token}`),
  });
  const asStaff = () => as({ token: staff });

  describe('GET /me/achievements', () => {
    it("lists the candidate's document cards, newest first, in the list shape", async () => {
      const res = await as(ada).get('/api/v1/me/achievements');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 10, totalItems: 3, totalPages: 1 });
      expect(res.body.items.map((c: { certificateNumber: string }) => c.certificateNumber)).toEqual([
        AFTER,
        ACCREDITATION,
        BEFORE,
      ]);
      expect(res.body.items[0]).toMatchObject({
        title: expect.any(String),
        qualificationNumber: '600/6553/2',
        candidateNumber: '7000001',
        issueDate: '2018-03-14',
      });
    });

    it("counts the candidate's certificates in GET /me (the profile header)", async () => {
      const me = await as(ada).get('/api/v1/me');
      expect(me.body.counts).toMatchObject({ certificates: 3 });
    });
  });

  describe('GET /me/achievements/{certificateNumber}', () => {
    it('gives every field and which documents exist', async () => {
      const res = await as(ada).get(`/api/v1/me/achievements/${AFTER}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        certificateNumber: AFTER,
        kind: 'qualification',
        fullName: 'Ada Lovelace',
        grade: 'Merit',
        centre: 'Northgate Training Centre',
        expiryDate: null,
        status: 'valid',
        documents: { ecertificate: true, etranscript: true },
      });
      expect(res.body.units).toHaveLength(2);
      const before = await as(ada).get(`/api/v1/me/achievements/${BEFORE.toLowerCase()}`);
      expect(before.body.documents).toEqual({ ecertificate: false, etranscript: false });
      expect((await as(ada).get(`/api/v1/me/achievements/${ACCREDITATION}`)).body.documents).toEqual({
        ecertificate: true,
        etranscript: false,
      });
    });

    it("answers 404 for another candidate's certificate, exactly as for an unknown one", async () => {
      const other = await as(ada).get(`/api/v1/me/achievements/${BOBS}`);
      const unknown = await as(ada).get('/api/v1/me/achievements/00000000-00-ZZZZ');
      expect(other.status).toBe(404);
      expect(other.body).toEqual(unknown.body);
      expect(other.body.error.code).toBe('ACHIEVEMENTS.NOT_FOUND');
    });
  });

  describe('PDF downloads', () => {
    it('serves the eCertificate as an attachment that is never cached', async () => {
      const res = await as(ada).get(`/api/v1/me/achievements/${AFTER}/ecertificate.pdf`).buffer(true);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="eCertificate-${AFTER}.pdf"`);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('serves the eTranscript', async () => {
      const res = await as(ada).get(`/api/v1/me/achievements/${AFTER}/etranscript.pdf`).buffer(true);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(`eTranscript-${AFTER}.pdf`);
    });

    it('refuses a PDF of an achievement issued before 1 November 2017 (422)', async () => {
      const res = await as(ada).get(`/api/v1/me/achievements/${BEFORE}/ecertificate.pdf`);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE');
      expect(res.body.error.message).toBe(
        'PDF versions are only available for certificates issued on or after 1 November 2017',
      );
    });
  });

  describe('enquiries', () => {
    let enquiryId: string;

    it('refuses unknown fields (400) and enquiries about certificates that are not yours (404)', async () => {
      expect(
        (
          await as(ada)
            .post(`/api/v1/me/achievements/${AFTER}/enquiries`)
            .send({ message: 'x', colour: 'red' })
        ).status,
      ).toBe(400);
      expect(
        (await as(ada).post(`/api/v1/me/achievements/${BOBS}/enquiries`).send({ message: 'Wrong grade' }))
          .status,
      ).toBe(404);
    });

    it('raises one of 2,000 characters, tells the staff inbox and audits it', async () => {
      const message = `My surname is misspelt. ${'x'.repeat(1976)}`;
      expect(message).toHaveLength(2000);
      const res = await as(ada)
        .post(`/api/v1/me/achievements/${AFTER}/enquiries`)
        .send({ message, topic: 'fullName' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ enquiryId: expect.any(String) });
      enquiryId = res.body.enquiryId;
      const [email] = await queuedEmails(t, t.config.enquiriesEmail);
      expect(email).toMatchObject({
        template: 'achievements-enquiry-received',
        data: { certificateNumber: AFTER, enquiryId },
      });
      const audit = await withDatabase(t, (c) =>
        c.query(`SELECT * FROM audit_events WHERE action = 'achievements.enquiry-raised'`),
      );
      expect(audit.rowCount).toBe(1);
    });

    it("lists the candidate's enquiries and shows one with its messages", async () => {
      const list = await as(ada).get('/api/v1/me/enquiries');
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({
        totalItems: 1,
        items: [{ id: enquiryId, status: 'open', certificateNumber: AFTER }],
      });
      const one = await as(ada).get(`/api/v1/me/enquiries/${enquiryId}`);
      expect(one.body.messages).toEqual([expect.objectContaining({ author: 'candidate' })]);
      expect((await as(bob).get(`/api/v1/me/enquiries/${enquiryId}`)).status).toBe(404);
      expect((await as(ada).get('/api/v1/me/enquiries/not-a-uuid')).status).toBe(404);
    });

    it('puts it in the staff queue; a reply emails the candidate; resolving closes it', async () => {
      const queue = await asStaff().get('/api/v1/admin/enquiries?status=open');
      expect(queue.status).toBe(200);
      expect(queue.body.items.map((e: { id: string }) => e.id)).toEqual([enquiryId]);

      const reply = await asStaff()
        .post(`/api/v1/admin/enquiries/${enquiryId}/replies`)
        .send({ message: 'Which spelling is right?' });
      expect(reply.status).toBe(200);
      expect(reply.body.status).toBe('answered');
      expect((await queuedEmails(t, ada.email)).at(-1)).toMatchObject({
        template: 'achievements-enquiry-answered',
        data: { message: 'Which spelling is right?' },
      });
      expect((await asStaff().get('/api/v1/admin/enquiries?status=open')).body.items).toEqual([]);

      const followUp = await as(ada)
        .post(`/api/v1/me/enquiries/${enquiryId}/messages`)
        .send({ message: 'Lovelace, with an e.' });
      expect(followUp.body.status).toBe('open');

      const resolved = await asStaff()
        .post(`/api/v1/admin/enquiries/${enquiryId}/replies`)
        .send({ message: 'Corrected.', resolve: true });
      expect(resolved.body.status).toBe('resolved');
      expect((await queuedEmails(t, ada.email)).at(-1)).toMatchObject({
        template: 'achievements-enquiry-resolved',
      });
      const mine = await as(ada).get(`/api/v1/me/enquiries/${enquiryId}`);
      expect(mine.body.messages.map((m: { author: string }) => m.author)).toEqual([
        'candidate',
        'staff',
        'candidate',
        'staff',
      ]);
      expect(
        (await asStaff().post(`/api/v1/admin/enquiries/${enquiryId}/replies`).send({ message: 'Again' }))
          .status,
      ).toBe(409);
      const audit = await withDatabase(t, (c) =>
        c.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY occurred_at`, [enquiryId]),
      );
      expect(audit.rows.map((r) => r.action)).toEqual([
        'achievements.enquiry-raised',
        'achievements.enquiry-replied',
        'achievements.enquiry-followed-up',
        'achievements.enquiry-resolved',
      ]);
    });

    it('queues emails whose templates render, with an HTML and a plain-text part', async () => {
      const templates = t.app.get(EmailTemplates);
      const emails = (await queuedEmails(t)).filter((email) => email.template.startsWith('achievements-'));
      expect(new Set(emails.map((email) => email.template))).toEqual(
        new Set([
          'achievements-enquiry-received',
          'achievements-enquiry-answered',
          'achievements-enquiry-resolved',
        ]),
      );
      for (const email of emails) {
        const rendered = templates.render(email.template, email.subject, email.data);
        expect(rendered.html).toContain(AFTER);
        expect(rendered.text).toContain(AFTER);
        expect(rendered.text).toContain(`${t.config.publicUrl}/`);
      }
    });
  });

  describe('verification', () => {
    const codeOf = async (certificateNumber: string) =>
      (await asStaff().get(`/api/v1/admin/achievements/${certificateNumber}`)).body
        .verificationCode as string;

    it('tells anyone a document is genuine and valid, with the minimum of data', async () => {
      const code = await codeOf(AFTER);
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      const res = await t
        .http()
        .get(`/api/v1/verifications/${code.toLowerCase()}`)
        .set('X-Forwarded-For', '203.0.113.10');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: 'valid',
        title: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
        holderName: 'Ada Lovelace',
        issueDate: '2018-03-14',
        expiryDate: null,
        certificateNumber: AFTER,
      });
    });

    it('says expired after the expiry date', async () => {
      const res = await t
        .http()
        .get(`/api/v1/verifications/${await codeOf(ACCREDITATION)}`)
        .set('X-Forwarded-For', '203.0.113.11');
      expect(res.body).toMatchObject({ status: 'expired', expiryDate: '2021-01-03' });
    });

    it('answers 404 without hints for an unknown or malformed code', async () => {
      const unknown = await t
        .http()
        .get('/api/v1/verifications/AAAA-BBBB-CCCC-DDDD')
        .set('X-Forwarded-For', '203.0.113.12');
      const malformed = await t
        .http()
        .get(`/api/v1/verifications/${AFTER}`)
        .set('X-Forwarded-For', '203.0.113.12');
      expect(unknown.status).toBe(404);
      expect(malformed.status).toBe(404);
      expect(unknown.body).toEqual(malformed.body);
    });

    it('is throttled per address (429 with Retry-After)', async () => {
      let last = 0;
      let retryAfter: string | undefined;
      for (let i = 0; i < 31; i++) {
        const res = await t
          .http()
          .get('/api/v1/verifications/AAAA-BBBB-CCCC-DDDD')
          .set('X-Forwarded-For', '203.0.113.99');
        last = res.status;
        retryAfter = res.headers['retry-after'];
      }
      expect(last).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(
        (
          await t
            .http()
            .get('/api/v1/verifications/AAAA-BBBB-CCCC-DDDD')
            .set('X-Forwarded-For', '203.0.113.98')
        ).status,
      ).toBe(404);
    });
  });

  describe('staff corrections and revocations', () => {
    it('corrects details (audited) and validates them like an import', async () => {
      const res = await asStaff()
        .patch(`/api/v1/admin/achievements/${BOBS}`)
        .send({ grade: 'Distinction', centre: null });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ grade: 'Distinction', centre: null });
      const bad = await asStaff()
        .patch(`/api/v1/admin/achievements/${BOBS}`)
        .send({ qualificationNumber: '12/34/5' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toEqual([expect.objectContaining({ field: 'qualificationNumber' })]);
      const unknownCandidate = await asStaff()
        .patch(`/api/v1/admin/achievements/${BOBS}`)
        .send({ candidateNumber: '9999999' });
      expect(unknownCandidate.status).toBe(422);
      expect(
        (await asStaff().patch('/api/v1/admin/achievements/00000000-00-ZZZZ').send({ grade: 'Pass' })).status,
      ).toBe(404);
      expect(
        (await asStaff().patch(`/api/v1/admin/achievements/${BOBS}`).send({ certificateNumber: 'X' })).status,
      ).toBe(400);
      const audit = await withDatabase(t, (c) =>
        c.query(`SELECT details FROM audit_events WHERE action = 'achievements.achievement-corrected'`),
      );
      expect(audit.rows).toEqual([
        { details: expect.objectContaining({ certificateNumber: BOBS, fields: 'grade,centre' }) },
      ]);
    });

    it('revokes with a reason (audited): it stops verifying as valid and its PDFs stop', async () => {
      const code = (await asStaff().get(`/api/v1/admin/achievements/${BOBS}`)).body.verificationCode;
      expect((await asStaff().post(`/api/v1/admin/achievements/${BOBS}/revocation`).send({})).status).toBe(
        400,
      );
      const res = await asStaff()
        .post(`/api/v1/admin/achievements/${BOBS}/revocation`)
        .send({ reason: 'Issued in error' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('revoked');
      expect(
        (await t.http().get(`/api/v1/verifications/${code}`).set('X-Forwarded-For', '203.0.113.20')).body
          .status,
      ).toBe('revoked');
      expect((await as(bob).get(`/api/v1/me/achievements/${BOBS}/ecertificate.pdf`)).status).toBe(422);
      expect(
        (await asStaff().post(`/api/v1/admin/achievements/${BOBS}/revocation`).send({ reason: 'Again' }))
          .status,
      ).toBe(409);
      const audit = await withDatabase(t, (c) =>
        c.query(`SELECT actor_id FROM audit_events WHERE action = 'achievements.achievement-revoked'`),
      );
      expect(audit.rowCount).toBe(1);
      expect(audit.rows[0].actor_id).toEqual(expect.any(String));
    });
  });

  describe('POST /admin/achievements/imports', () => {
    const HEADER =
      'certificateNumber,kind,title,qualificationNumber,candidateNumber,fullName,grade,issueDate,centre,expiryDate,description,units';
    const postCsv = (csv: string) =>
      asStaff().post('/api/v1/admin/achievements/imports').set('Content-Type', 'text/csv').send(csv);

    it('imports the good rows of a CSV and reports every bad one with its line', async () => {
      const csv = [
        HEADER,
        '02000001-01-AAAA,qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,Pass,2019-05-01,Fanshaws,,,"[{""unitNumber"":""U1"",""title"":""Safety"",""credit"":3}]"',
        '02000002-01-BBBB,qualification,Level 2 Award in Welding,6011111/1,7000001,Ada Lovelace,Pass,2019-05-01,,,,',
        '02000003-01-CCCC,qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,Pass,2019-02-30,,,,',
        '02000004-01-DDDD,qualification,Level 2 Award in Welding,601/1111/1,5555555,Nobody,Pass,2019-05-01,,,,',
        '02000005-01-EEEE,qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,Pass,2019-05-01,,,,',
        '02000005-01-EEEE,qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,Pass,2019-05-02,,,,',
        '02000006-01-FFFF,accreditation,Accredited Trainer,,7000001,Ada Lovelace,,2019-05-01,,2019-04-01,,',
      ].join('\n');
      const res = await postCsv(csv);
      expect(res.status).toBe(200);
      expect(res.body.created).toBe(1);
      expect(res.body.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
      const reasons = Object.fromEntries(
        res.body.rejected.map((r: { row: number; reason: string }) => [r.row, r.reason]),
      );
      expect(reasons[3]).toMatch(/^qualificationNumber: .*NNN\/NNNN\/N/);
      expect(reasons[4]).toMatch(/^issueDate: .*real date/);
      expect(reasons[5]).toMatch(/no candidate record with the number 5555555/);
      expect(reasons[6]).toMatch(/more than once in the file \(rows 6, 7\)/);
      expect(reasons[8]).toMatch(/^expiryDate: .*after the issue date/);
      const card = await as(ada).get('/api/v1/me/achievements/02000001-01-AAAA');
      expect(card.body.units).toEqual([{ unitNumber: 'U1', title: 'Safety', credit: 3 }]);
    });

    it('is idempotent by certificate number: a re-run changes nothing, a changed row updates', async () => {
      const again = await importAchievements(t, staff, [achievement({ certificateNumber: AFTER })]);
      expect(again).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
      const changed = await importAchievements(t, staff, [
        achievement({ certificateNumber: AFTER, grade: 'Distinction' }),
      ]);
      expect(changed).toMatchObject({ created: 0, updated: 1 });
      const count = await withDatabase(t, (c) =>
        c.query('SELECT count(*)::int AS n FROM achievements WHERE certificate_number = $1', [AFTER]),
      );
      expect(count.rows[0].n).toBe(1);
    });

    it('takes a file of several batches as one: duplicates across batches, a bad row in the middle one', async () => {
      // 4,500 rows are written in three batches; the report and the events are those of one file.
      const number = (i: number) => `0300${String(i).padStart(4, '0')}-01-BTCH`;
      const line = (i: number, grade = 'Pass') =>
        `${number(i)},qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,${grade},2019-05-01,,,,`;
      const rows = Array.from({ length: 4500 }, (_, n) => line(n + 1));
      rows[2999] = rows[2999].replace('2019-05-01', '2019-02-30'); // line 3001, in the second batch
      rows[4398] = line(2000); // line 4400 repeats the number of line 2001, at the end of the first batch
      const issued = jest.spyOn(t.app.get(PublishAchievementsIntegrationEvents), 'handle');
      try {
        const first = await postCsv([HEADER, ...rows].join('\n'));
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ created: 4497, updated: 0, unchanged: 0 });
        expect(first.body.rejected).toEqual([
          {
            row: 2001,
            certificateNumber: number(2000),
            reason: expect.stringContaining('more than once in the file (rows 2001, 4400)'),
          },
          { row: 3001, certificateNumber: number(3000), reason: expect.stringMatching(/^issueDate: /) },
          {
            row: 4400,
            certificateNumber: number(2000),
            reason: expect.stringContaining('more than once in the file (rows 2001, 4400)'),
          },
        ]);
        const events = issued.mock.calls.map(([event]) => event as AchievementIssued);
        expect(events.every((event) => event instanceof AchievementIssued)).toBe(true);
        expect(new Set(events.map((event) => event.certificateNumber)).size).toBe(4497);

        rows[4099] = line(4100, 'Merit'); // a change in the third batch
        const again = await postCsv([HEADER, ...rows].join('\n'));
        expect(again.body).toMatchObject({ created: 0, updated: 1, unchanged: 4496 });
        expect(again.body.rejected.map((r: { row: number }) => r.row)).toEqual([2001, 3001, 4400]);
        const stored = await withDatabase(t, async (c) => ({
          count: (
            await c.query(`SELECT count(*)::int AS n FROM achievements WHERE certificate_number LIKE '0300%'`)
          ).rows[0].n,
          changed: (
            await c.query('SELECT grade, revision FROM achievements WHERE certificate_number = $1', [
              number(4100),
            ])
          ).rows[0],
          statusUpdates: (
            await c.query(
              `SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND payload->>'certificateNumber' = $2`,
              [UPDATE_CREDENTIAL_STATUS_TOPIC, number(4100)],
            )
          ).rows[0].n,
        }));
        expect(stored).toEqual({ count: 4497, changed: { grade: 'Merit', revision: 2 }, statusUpdates: 1 });
      } finally {
        issued.mockRestore();
      }
    });

    it('refuses 10 MB (413) and other media types (415)', async () => {
      const line =
        '02000009-01-ZZZZ,qualification,Level 2 Award in Welding,601/1111/1,7000001,Ada Lovelace,Pass,2019-05-01,,,,\n';
      const big = HEADER + '\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
      const tooLarge = await postCsv(big);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.error.code).toMatch(/TOO_LARGE/);
      const json = await asStaff()
        .post('/api/v1/admin/achievements/imports')
        .set('Content-Type', 'application/json')
        .send(`[${'{},'.repeat(3_500_000)}{}]`);
      expect(json.status).toBe(413);
      const xml = await asStaff()
        .post('/api/v1/admin/achievements/imports')
        .set('Content-Type', 'application/xml')
        .send('<achievements/>');
      expect(xml.status).toBe(415);
      expect(xml.body.error.code).toBe('ACHIEVEMENTS.IMPORT_MEDIA_TYPE');
    });

    it('refuses a CSV without the required columns (400) and is staff-only (403)', async () => {
      const res = await postCsv('certificateNumber,title\nA,B');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ACHIEVEMENTS.IMPORT_COLUMNS');
      expect((await as(ada).post('/api/v1/admin/achievements/imports').send([])).status).toBe(403);
    });

    it('runs from the command line too (import:achievements FILE.csv)', async () => {
      const file = join(t.dataDir, 'achievements.csv');
      await writeFile(
        file,
        [
          HEADER,
          '02000010-01-CLI1,qap,Hybrid Vehicle Awareness,,7000001,Ada Lovelace,Achieved,2021-06-12,,,,',
          '02000011-01-CLI2,qap,Bad,,7000001,Ada Lovelace,,not-a-date,,,,',
        ].join('\n'),
      );
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await t.app.get(ImportAchievementsCliCommand).run([file]);
        const report = JSON.parse(log.mock.calls.at(-1)![0] as string);
        expect(report).toMatchObject({
          created: 1,
          rejected: [{ row: 3, certificateNumber: '02000011-01-CLI2' }],
        });
      } finally {
        log.mockRestore();
        process.exitCode = 0;
      }
      const audit = await withDatabase(t, (c) =>
        c.query(
          `SELECT details FROM audit_events WHERE action = 'achievements.imported' ORDER BY occurred_at DESC LIMIT 1`,
        ),
      );
      expect(audit.rows[0].details).toMatchObject({ source: 'cli', created: 1, rejected: 1 });
    });
  });

  it('documents every route in the OpenAPI description', async () => {
    const { paths } = (await t.http().get('/api/docs-json')).body as { paths: Record<string, unknown> };
    for (const path of [
      '/api/v1/me/achievements',
      '/api/v1/me/achievements/{certificateNumber}',
      '/api/v1/me/achievements/{certificateNumber}/ecertificate.pdf',
      '/api/v1/me/achievements/{certificateNumber}/etranscript.pdf',
      '/api/v1/me/achievements/{certificateNumber}/enquiries',
      '/api/v1/me/enquiries',
      '/api/v1/me/enquiries/{id}',
      '/api/v1/verifications/{code}',
      '/api/v1/admin/achievements/imports',
      '/api/v1/admin/achievements/{certificateNumber}',
      '/api/v1/admin/achievements/{certificateNumber}/revocation',
      '/api/v1/admin/enquiries',
      '/api/v1/admin/enquiries/{id}/replies',
    ]) {
      expect(paths).toHaveProperty([path]);
    }
  });
});
