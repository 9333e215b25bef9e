// The README's promise on a machine without Chromium: the portal runs, and a PDF asked for answers 503
// with a page (or, over the API, a message) saying how to install it, not only /health/ready.
import { createTestApp, TestApp } from '../../support/app';
import { createCandidate, importAchievements, webLogin } from '../sharing/sharing-fixtures';

describe('PDFs without Chromium (e2e)', () => {
  let t: TestApp;
  let token: string;
  let certificateNumber: string;
  let web: Awaited<ReturnType<typeof webLogin>>;

  beforeAll(async () => {
    t = await createTestApp({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    const candidate = await createCandidate(t, '00081010', 'Eichen');
    token = candidate.token;
    certificateNumber = (await importAchievements(t, '00081010', '01827756')).fresh;
    web = await webLogin(t, candidate);
  });

  afterAll(() => t?.close());

  it('answers the download link with 503 and a page saying how to install Chromium', async () => {
    const res = await web.agent.get(`/documents/${certificateNumber}/ecertificate.pdf`);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('PDFs cannot be made at the moment');
    expect(res.text).toContain('apt-get install -y chromium');
    expect(res.text).toContain('CHROMIUM_PATH');
  });

  it('answers the API with 503 and the same advice in the message', async () => {
    const res = await t
      .http()
      .get(`/api/v1/me/achievements/${certificateNumber}/ecertificate.pdf`)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('PLATFORM.PDF_UNAVAILABLE');
    expect(res.body.error.message).toContain('apt-get install -y chromium');
  });
});
