import { loadConfig } from './app-config';
import { PRODUCTION_ENVIRONMENT } from './testing/production-environment';

describe('loadConfig: signing keys', () => {
  const production = PRODUCTION_ENVIRONMENT;

  it('starts in production with the PDF certificate and the credential key', () => {
    expect(loadConfig(production).signing).toMatchObject({ p12Path: '/etc/veri/signing.p12' });
  });

  it.each(['SIGNING_P12_PATH', 'SIGNING_P12_PASSPHRASE', 'CREDENTIAL_SIGNING_KEY'])(
    'refuses to start in production without %s',
    (name) => {
      expect(() => loadConfig({ ...production, [name]: undefined })).toThrow(new RegExp(name));
    },
  );

  it('needs neither outside production (development keys are generated)', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).signing.p12Path).toBeUndefined();
  });
});

describe('loadConfig: production refuses what is only safe on a laptop', () => {
  const production = PRODUCTION_ENVIRONMENT;

  it('refuses DEMO_DATA, naming it', () => {
    expect(() => loadConfig({ ...production, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('never defaults to demo data, even without DATABASE_URL (zero-setup)', () => {
    expect(loadConfig({ ...production, DATABASE_URL: undefined }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
  });

  it('refuses an http:// PUBLIC_URL other than this machine', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://veri.example' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:3000' }).publicUrl).toBe(
      'http://localhost:3000',
    );
  });

  it('serves the OpenAPI explorer in production only when asked to', () => {
    expect(loadConfig(production).apiDocs).toBe(false);
    expect(loadConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).apiDocs).toBe(true);
  });
});
