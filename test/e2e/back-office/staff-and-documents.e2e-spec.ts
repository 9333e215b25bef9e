// Staff management (list, invite, remove: never oneself, never the last one) and Document Downloads
// (any achievement's PDF, audited), each route against every kind of caller.
import { csrfTokenIn, TestApp } from '../../support/app';
import { createStaff, STAFF_PASSWORD, bearerToken, totpCode } from '../../support/identity';
import { importAchievements } from '../sharing/sharing-fixtures';
import { ACTORS, Actors, as, itShowsOnlyToStaff, startBackOffice } from './back-office-fixtures';

describe('staff management and document downloads', () => {
  let t: TestApp;
  let actors: Actors;
  let certificates: { fresh: string; accreditation: string; old: string };

  beforeAll(async () => {
    ({ t, actors } = await startBackOffice('SD'));
    certificates = await importAchievements(t, actors.candidate.candidateNumber!, 'SDC');
  });

  afterAll(() => t.close());

  const staff = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    as(t, actors, 'staff', method, path);

  // Who may call the API routes is the authorisation matrix's (test/security); the pages are checked here.
  describe('who may open each page', () => {
    itShowsOnlyToStaff(
      () => ({ t, actors }),
      [
        { name: '/admin/staff-accounts', path: () => '/admin/staff-accounts' },
        { name: '/admin/documents', path: () => '/admin/documents' },
        {
          name: '/admin/documents?certificateNumber=...',
          path: () => `/admin/documents?certificateNumber=${certificates.fresh}`,
        },
      ],
    );
    for (const actor of ACTORS.filter((a) => a !== 'staff')) {
      it(`PDF downloads from the page as ${actor} are refused`, async () => {
        const path = `/admin/documents/${certificates.fresh}/ecertificate.pdf`;
        expect([303, 401, 403]).toContain((await as(t, actors, actor, 'get', path)).status);
      });
    }
  });

  describe('staff management', () => {
    it('lists staff, refuses removing oneself, removes a colleague whose sessions end at once', async () => {
      const list = await staff('get', '/api/v1/admin/staff-accounts');
      const emails = list.body.items.map((s: { email: string }) => s.email);
      expect(emails).toEqual(expect.arrayContaining(['sd.staff@example.test', 'sd.half@example.test']));
      const me = (await staff('get', '/api/v1/me')).body.id as string;

      const self = await staff('delete', `/api/v1/admin/staff-accounts/${me}`);
      expect(self.status).toBe(409);
      expect(self.body.error.code).toBe('IDENTITY.CANNOT_REMOVE_SELF');
      expect(
        (await staff('delete', `/api/v1/admin/staff-accounts/${actors.candidate.accountId}`)).status,
      ).toBe(404);

      const colleagueId = await createStaff(t, 'sd.colleague@example.test', 'JBSWY3DPEHPK3PXP');
      const colleagueToken = await bearerToken(
        t,
        'sd.colleague@example.test',
        STAFF_PASSWORD,
        totpCode('JBSWY3DPEHPK3PXP'),
      );
      expect((await t.http().get('/admin').set('Authorization', `Bearer ${colleagueToken}`)).status).toBe(
        200,
      );
      expect((await staff('delete', `/api/v1/admin/staff-accounts/${colleagueId}`)).status).toBe(204);
      expect((await t.http().get('/admin').set('Authorization', `Bearer ${colleagueToken}`)).status).toBe(
        303,
      );

      const audit = await staff('get', `/api/v1/admin/audit-events?action=identity.staff-account-removed`);
      expect(audit.body.items[0]).toMatchObject({ actorId: me, targetId: colleagueId });
    });

    it('never removes the last staff member', async () => {
      const list = (await staff('get', '/api/v1/admin/staff-accounts')).body.items as Array<{
        accountId: string;
        email: string;
      }>;
      const me = (await staff('get', '/api/v1/me')).body.id as string;
      for (const other of list.filter((s) => s.accountId !== me)) {
        expect((await staff('delete', `/api/v1/admin/staff-accounts/${other.accountId}`)).status).toBe(204);
      }
      // Only "me" is left: a removal by someone else is impossible, and one by me is refused as self.
      expect((await staff('get', '/api/v1/admin/staff-accounts')).body.items).toHaveLength(1);
      const page = await staff('get', '/admin/staff-accounts');
      expect(page.text).toContain('(you)');
      expect(page.text).not.toContain('/removal');
    });

    it('removes from the page with a notice', async () => {
      const id = await createStaff(t, 'sd.page@example.test', 'JBSWY3DPEHPK3PXP');
      const agent = t.agent();
      const auth = { Authorization: `Bearer ${actors.staffToken}` };
      const page = await agent.get('/admin/staff-accounts').set(auth);
      expect(page.text).toContain(`/admin/staff-accounts/${id}/removal`);
      const res = await agent
        .post(`/admin/staff-accounts/${id}/removal`)
        .set(auth)
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text) });
      expect(res.status).toBe(303);
      expect((await agent.get('/admin/staff-accounts').set(auth)).text).toContain(
        'The staff account was removed.',
      );
    });
  });

  describe('document downloads', () => {
    it('finds an achievement and downloads its PDFs, each download audited', async () => {
      const page = await staff('get', `/admin/documents?certificateNumber=${certificates.fresh}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`/admin/documents/${certificates.fresh}/ecertificate.pdf`);
      const pdf = await staff('get', `/admin/documents/${certificates.fresh}/ecertificate.pdf`).buffer(true);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['cache-control']).toBe('private, no-store');
      const api = await staff(
        'get',
        `/api/v1/admin/achievements/${certificates.fresh}/etranscript.pdf`,
      ).buffer(true);
      expect(api.status).toBe(200);
      expect(api.headers['content-type']).toBe('application/pdf');
      const audit = await staff(
        'get',
        `/api/v1/admin/audit-events?action=achievements.document-downloaded-by-staff`,
      );
      expect(
        audit.body.items.map((e: { details: { document: string } }) => e.details.document).sort(),
      ).toEqual(['ecertificate', 'etranscript']);
    }, 60_000);

    it('answers unknown, unavailable and malformed requests without a 500', async () => {
      expect((await staff('get', '/admin/documents?certificateNumber=NOPE')).status).toBe(404);
      expect((await staff('get', `/admin/documents?certificateNumber=${'x'.repeat(5000)}`)).status).toBe(404);
      expect((await staff('get', '/api/v1/admin/achievements/NOPE/ecertificate.pdf')).status).toBe(404);
      expect(
        (await staff('get', `/api/v1/admin/achievements/${certificates.old}/ecertificate.pdf`)).status,
      ).toBe(422);
      expect((await staff('get', `/admin/documents/${certificates.fresh}/other.pdf`)).status).toBe(404);
    });
  });
});
