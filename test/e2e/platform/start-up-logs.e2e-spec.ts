// A start at the default level says what matters in a few lines: Nest's route mappings (and module
// initialisation lines) are debug detail, there when LOG_LEVEL=debug asks for them.
import { createTestApp, TestApp } from '../../support/app';

const DETAIL = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader']);
const DEBUG = 20;

describe('start-up logs (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ captureLogs: true, env: { LOG_LEVEL: 'debug' } });
  });

  afterAll(() => t?.close());

  it('logs route mappings and module initialisation at debug level, not info', () => {
    const mappings = t.logs.filter((line) => line.context === 'RouterExplorer');
    expect(mappings.length).toBeGreaterThan(50);
    expect(String(mappings[0].msg)).toMatch(/^Mapped \{/);
    const detail = t.logs.filter((line) => DETAIL.has(String(line.context)));
    expect(detail.filter((line) => line.level !== DEBUG)).toEqual([]);
  });
});
