// api.md "Sharing" over HTTP, one journey per route: the candidate's connections, the third party's
// reads, the staff view, and what only the whole app shows (access ending with expiry or revocation,
// bad input, concurrent adds, request floods, unknown candidates). The rules of one connection are in
// the unit specs (src/sharing/**/*.spec.ts); who may call each route is in test/security's matrix.
import { CommandBus } from '@nestjs/cqrs';
import { FileStorage } from '../../../src/shared/application/file-storage';
import { RevokeAchievement } from '../../../src/achievements/application/commands/revoke-achievement/revoke-achievement.command';
import { createTestApp, TestApp } from '../../support/app';
import { entityManagersForkedDuring } from '../../support/entity-managers';
import { statementsDuring } from '../../support/statements';
import {
  createCandidate,
  createStaff,
  createThirdParty,
  importAchievements,
  outboxEmails,
  Party,
  run,
} from './sharing-fixtures';

const API = '/api/v1';
const bearer = (party: Party) => ({ Authorization: `Bearer ${party.token}` });

describe('Sharing API', () => {
  let t: TestApp;
  let candidate: Party;
  let otherCandidate: Party;
  let employer: Party;
  let otherEmployer: Party;
  let staff: Party;
  let docs: { fresh: string; accreditation: string; old: string };
  let otherDocs: { fresh: string };

  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createCandidate(t, '00061010', 'Eichen');
    otherCandidate = await createCandidate(t, '00099999', 'Other');
    employer = await createThirdParty(t, 'hr@garage.example');
    otherEmployer = await createThirdParty(t, 'jobs@rival.example', 'Rival Ltd');
    staff = await createStaff(t);
    docs = await importAchievements(t, candidate.candidateNumber!, '01626756');
    otherDocs = await importAchievements(t, otherCandidate.candidateNumber!, '02222222');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  async function share(body: Record<string, unknown> = {}, who: Party = candidate) {
    return t
      .http()
      .post(`${API}/me/connections`)
      .set(bearer(who))
      .send({
        firstName: 'Ann',
        surname: 'Hiring',
        email: employer.email,
        company: 'Garage Ltd',
        permissions: [{ certificateNumber: docs.fresh, documents: ['ecertificate', 'etranscript'] }],
        ...body,
      });
  }

  it('adds a connection with a default one-month expiry, active at once for a registered third party, and emails it', async () => {
    const res = await share();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      company: 'Garage Ltd',
      name: 'Ann Hiring',
      email: 'hr@garage.example',
      status: 'active',
    });
    const days = (new Date(res.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(32);
    const invitations = await outboxEmails(t, 'sharing-invitation');
    expect(invitations.map((e) => e.to)).toContain('hr@garage.example');
  });

  it('refuses an expiry in the past (422), an unparseable one (400) and unknown fields (400)', async () => {
    expect((await share({ expiresAt: '2020-01-01' })).status).toBe(422);
    const bad = await share({ expiresAt: 'next tuesday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('SHARING.INVALID_EXPIRY');
    expect((await share({ admin: true })).status).toBe(400);
    expect((await share({ email: 'not-an-email' })).status).toBe(400);
  });

  it('lets the third party see the permitted cards and PDF, logs it, and shows the log to the candidate', async () => {
    const list = await t.http().get(`${API}/third-party/connections`).set(bearer(employer));
    expect(list.status).toBe(200);
    const connection = list.body.items[0];
    expect(connection).toMatchObject({ status: 'active', candidate: { name: 'Sam Eichen' } });
    // The connection (with its copy of the candidate's name and photo, ADR 0027) and the cards, then the
    // access-log row with its audit row in one statement (AccessRecorder): three round trips. The principal's
    // own read is left out: it is made once and then kept (ADR 0026), so it is there or not by what came before.
    const { statements, result: cards } = await statementsDuring(
      async () =>
        t.http().get(`${API}/third-party/connections/${connection.id}/documents`).set(bearer(employer)),
      (sql) =>
        /identity_access_tokens/.test(sql) ? undefined : sql.trim().split(/\s+/).slice(0, 3).join(' '),
    );
    expect(statements).toEqual(['SELECT * FROM', 'SELECT id, certificate_number,', 'WITH logged AS']);
    expect(cards.status).toBe(200);
    expect(cards.body.items.map((c: { certificateNumber: string }) => c.certificateNumber)).toEqual([
      docs.fresh,
    ]);
    const pdf = await t
      .http()
      .get(`${API}/third-party/connections/${connection.id}/documents/${docs.fresh}/ecertificate.pdf`)
      .set(bearer(employer));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe('%PDF-');

    const log = await t
      .http()
      .get(`${API}/me/connections/${connection.id}/access-log`)
      .set(bearer(candidate));
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual([
      'downloaded',
      'viewed-documents',
    ]);
    expect(log.body.items[0]).toMatchObject({
      who: 'Ann Hiring',
      certificateNumber: docs.fresh,
      document: 'ecertificate',
    });

    const audited = await run(
      t,
      `SELECT action FROM audit_events WHERE actor_id = ? AND target_id = ? ORDER BY occurred_at`,
      [employer.accountId, connection.id],
    );
    expect((audited as Array<{ action: string }>).map((row) => row.action)).toEqual([
      'sharing.documents-viewed-by-third-party',
      'sharing.document-downloaded-by-third-party',
    ]);
  }, 60_000);

  it("makes one entity manager for a third party's document list: its connection's (the access log is a statement of its own)", async () => {
    const list = await t.http().get(`${API}/third-party/connections`).set(bearer(employer));
    const { result, forks } = await entityManagersForkedDuring(async () =>
      t.http().get(`${API}/third-party/connections/${list.body.items[0].id}/documents`).set(bearer(employer)),
    );
    expect(result.status).toBe(200);
    expect(forks).toBe(1);
  });

  it("shows the connected third party the candidate's photo, and no one else", async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await t.app.get(FileStorage).put('photos/sam-eichen.png', png, 'image/png');
    await run(t, `UPDATE identity_accounts SET photo_key = 'photos/sam-eichen.png' WHERE id = ?`, [
      candidate.accountId,
    ]);
    // What Identity's CandidateProfileChanged leaves on the connections (integration-events.e2e-spec.ts).
    await run(t, `UPDATE sharing_connections SET candidate_has_photo = true WHERE candidate_account_id = ?`, [
      candidate.accountId,
    ]);
    const list = await t.http().get(`${API}/third-party/connections`).set(bearer(employer));
    const { id, candidate: shown } = list.body.items[0];
    expect(shown.photoUrl).toBe(`${API}/third-party/connections/${id}/candidate-photo`);
    const photo = await t.http().get(shown.photoUrl).set(bearer(employer));
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect((await t.http().get(shown.photoUrl).set(bearer(otherEmployer))).status).toBe(404);
  });

  it('changes expiry and permissions', async () => {
    const id = (await t.http().get(`${API}/me/connections`).set(bearer(candidate))).body.items[0].id;
    const extended = await t
      .http()
      .put(`${API}/me/connections/${id}/expiry`)
      .set(bearer(candidate))
      .send({ expiresAt: '2098-06-30' });
    expect(extended.status).toBe(200);
    expect(extended.body.expiresAt).toBe('2098-06-30T22:59:59.999Z'); // the end of 30 June in the UK (BST)
    const changed = await t
      .http()
      .put(`${API}/me/connections/${id}/permissions`)
      .set(bearer(candidate))
      .send({ permissions: [{ certificateNumber: docs.accreditation, documents: ['ecertificate'] }] });
    expect(changed.status).toBe(200);
    expect(changed.body.permissions).toEqual([
      { certificateNumber: docs.accreditation, documents: ['ecertificate'] },
    ]);
    const audited = await run(
      t,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'sharing.permissions-changed' AND actor_id = ? AND target_id = ?`,
      [candidate.accountId, id],
    );
    expect((audited[0] as { n: number }).n).toBe(1);
    expect(
      (
        await t
          .http()
          .get(`${API}/third-party/connections/${id}/documents/${docs.fresh}/ecertificate.pdf`)
          .set(bearer(employer))
      ).status,
    ).toBe(404);
    const refused = await t
      .http()
      .put(`${API}/me/connections/${id}/permissions`)
      .set(bearer(candidate))
      .send({ permissions: [{ certificateNumber: otherDocs.fresh, documents: ['ecertificate'] }] });
    expect(refused.status).toBe(422);
  });

  it('ends access once past the expiry even before the job ran, and for a revoked achievement', async () => {
    const res = await share({
      email: otherEmployer.email,
      company: 'Rival Ltd',
      permissions: [
        { certificateNumber: docs.fresh, documents: ['ecertificate'] },
        { certificateNumber: docs.accreditation, documents: ['ecertificate'] },
      ],
    });
    const id = res.body.id;
    const url = (n: string) => `${API}/third-party/connections/${id}/documents/${n}/ecertificate.pdf`;
    expect((await t.http().get(url(docs.accreditation)).set(bearer(otherEmployer))).status).toBe(200);

    await t.app.get(CommandBus).execute(
      new RevokeAchievement(docs.accreditation, 'Issued in error', {
        accountId: staff.accountId,
        ip: null,
      }),
    );
    expect((await t.http().get(url(docs.accreditation)).set(bearer(otherEmployer))).status).toBe(404);
    const cards = await t
      .http()
      .get(`${API}/third-party/connections/${id}/documents`)
      .set(bearer(otherEmployer));
    expect(cards.body.items.map((c: { certificateNumber: string }) => c.certificateNumber)).toEqual([
      docs.fresh,
    ]);

    await run(t, `UPDATE sharing_connections SET expires_at = now() - interval '1 second' WHERE id = ?`, [
      id,
    ]);
    expect((await t.http().get(url(docs.fresh)).set(bearer(otherEmployer))).status).toBe(404);
    expect(
      (await t.http().get(`${API}/third-party/connections/${id}/documents`).set(bearer(otherEmployer)))
        .status,
    ).toBe(404);
    const seen = (await t.http().get(`${API}/me/connections/${id}`).set(bearer(candidate))).body;
    expect(seen.status).toBe('expired');
  }, 60_000);

  it('deletes a connection (204): access ends at once and the third party is told', async () => {
    const id = (await t.http().get(`${API}/third-party/connections`).set(bearer(employer))).body.items[0].id;
    expect((await t.http().delete(`${API}/me/connections/${id}`).set(bearer(candidate))).status).toBe(204);
    expect(
      (await t.http().get(`${API}/third-party/connections/${id}/documents`).set(bearer(employer))).status,
    ).toBe(404);
    expect((await outboxEmails(t, 'sharing-deleted')).map((e) => e.to)).toContain(employer.email);
    expect((await t.http().delete(`${API}/me/connections/${id}`).set(bearer(candidate))).status).toBe(409);
  });

  it("takes a third party's request with 202 whether or not the candidate exists; the candidate approves or declines", async () => {
    const ask = (who: Party, body: Record<string, unknown>) =>
      t.http().post(`${API}/third-party/connection-requests`).set(bearer(who)).send(body);
    const unknown = await ask(employer, {
      candidateNumber: '12345678',
      surname: 'Nobody',
      dateOfBirth: '1990-04-27',
    });
    const known = await ask(employer, {
      candidateNumber: '00061010',
      surname: 'EICHEN',
      dateOfBirth: '1990-04-27',
      message: 'Pre-employment check',
    });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect((await ask(employer, { candidateNumber: '00061010', surname: 'Eichen' })).status).toBe(400);

    const requests = await outboxEmails(t, 'sharing-request');
    expect(requests.map((e) => e.to)).toEqual([candidate.email]);
    const mine = (await t.http().get(`${API}/me/connections`).set(bearer(candidate))).body.items;
    const requested = mine.find((c: { status: string }) => c.status === 'requested');
    expect(requested).toMatchObject({
      email: employer.email,
      message: 'Pre-employment check',
      expiresAt: null,
    });
    // Nothing is visible before approval.
    expect(
      (await t.http().get(`${API}/third-party/connections/${requested.id}/documents`).set(bearer(employer)))
        .status,
    ).toBe(404);

    const approved = await t
      .http()
      .post(`${API}/me/connections/${requested.id}/approval`)
      .set(bearer(candidate))
      .send({ permissions: [{ certificateNumber: docs.fresh, documents: ['etranscript'] }] });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('active');
    expect(
      (
        await t
          .http()
          .get(`${API}/third-party/connections/${requested.id}/documents/${docs.fresh}/etranscript.pdf`)
          .set(bearer(employer))
      ).status,
    ).toBe(200);
    expect((await outboxEmails(t, 'sharing-approved')).map((e) => e.to)).toContain(employer.email);

    // A request from someone else, declined.
    await ask(otherEmployer, { candidateNumber: '00099999', surname: 'Other', dateOfBirth: '1990-04-27' });
    const theirs = (await t.http().get(`${API}/me/connections`).set(bearer(otherCandidate))).body.items[0];
    const declined = await t
      .http()
      .post(`${API}/me/connections/${theirs.id}/decline`)
      .set(bearer(otherCandidate));
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    expect((await outboxEmails(t, 'sharing-declined')).map((e) => e.to)).toContain(otherEmployer.email);
  }, 60_000);

  it("shows staff a candidate's connections read-only, and audits the look", async () => {
    const res = await t.http().get(`${API}/admin/candidates/00061010/connections`).set(bearer(staff));
    expect(res.status).toBe(200);
    expect(res.body.totalItems).toBeGreaterThan(0);
    const audited = await run(
      t,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'sharing.candidate-connections-viewed' AND actor_id = ?`,
      [staff.accountId],
    );
    expect((audited[0] as { n: number }).n).toBe(1);
  });

  it('keeps one live connection when the same third party is added several times at once', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() => share({ email: 'busy@parallel.example', company: 'Parallel Ltd' })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    await t.http().delete(`${API}/me/connections/${results[0].body.id}`).set(bearer(candidate));
  });

  it('documents every Sharing route in the OpenAPI description', async () => {
    const spec = await t.http().get('/api/docs-json');
    expect(spec.status).toBe(200);
    const paths = Object.keys(spec.body.paths);
    for (const path of [
      '/api/v1/me/connections',
      '/api/v1/me/connections/{id}/expiry',
      '/api/v1/me/connections/{id}/permissions',
      '/api/v1/me/connections/{id}',
      '/api/v1/me/connections/{id}/approval',
      '/api/v1/me/connections/{id}/decline',
      '/api/v1/me/connections/{id}/access-log',
      '/api/v1/third-party/connection-requests',
      '/api/v1/third-party/connections',
      '/api/v1/third-party/connections/{id}/documents',
      '/api/v1/third-party/connections/{id}/documents/{certificateNumber}/ecertificate.pdf',
      '/api/v1/third-party/connections/{id}/documents/{certificateNumber}/etranscript.pdf',
      '/api/v1/admin/candidates/{candidateNumber}/connections',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('throttles a flood of connection requests from one third party (429)', async () => {
    const flooder = await createThirdParty(t, 'flood@spam.example');
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await t
        .http()
        .post(`${API}/third-party/connection-requests`)
        .set(bearer(flooder))
        .send({ candidateNumber: `X${i}`, surname: 'Nobody', dateOfBirth: '1990-04-27' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers['retry-after']).toBeDefined();
        break;
      }
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(20);
  }, 60_000);
});
