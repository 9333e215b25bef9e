// /metrics behind METRICS_TOKEN (finding 9): the scraper sends the token; nobody else reads metrics.
import { HttpMetrics } from '../../src/shared/infrastructure/operations/http-metrics';
import { MetricsController } from '../../src/shared/infrastructure/operations/metrics.controller';
import { loadConfig } from '../../src/config/app-config';
import { createTestApp, TestApp } from '../support/app';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t.close());

  it('answers 401 without the token or with another one, 200 with it', async () => {
    await t.http().get('/metrics').expect(401);
    await t.http().get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.text).toContain('# HELP');
  });

  it('is off in production when no token is configured', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'development' }), env: 'production' as const };
    const controller = new MetricsController(t.app.get(HttpMetrics), config);
    const res = { setHeader: jest.fn(), send: jest.fn() };
    await expect(controller.scrape({ headers: {} } as never, res as never)).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(res.send).not.toHaveBeenCalled();
  });
});
