import { loadConfig } from './app-config';

describe('loadConfig: signing keys', () => {
  const production = {
    NODE_ENV: 'production',
    PAYMENT_PROVIDER: 'opayo',
    SESSION_SECRET: 'x'.repeat(40),
    PUBLIC_URL: 'https://veri.example',
    SIGNING_P12_PATH: '/etc/veri/signing.p12',
    SIGNING_P12_PASSPHRASE: 'secret',
    CREDENTIAL_SIGNING_KEY:
      'zrv3kJcnBP1RpYmvNZ9jcYpKBZg41iSobWxSg3ix2U7Cp59kjwQFCT4SZTgLSL3HP8iGMdJs3nedjqYgNn6ZJmsmjRm',
  };

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
  const production = {
    NODE_ENV: 'production',
    PAYMENT_PROVIDER: 'opayo',
    SESSION_SECRET: 'x'.repeat(40),
    PUBLIC_URL: 'https://veri.example',
    DATABASE_URL: 'postgres://veri@db/veri',
    SIGNING_P12_PATH: '/etc/veri/signing.p12',
    SIGNING_P12_PASSPHRASE: 'secret',
    CREDENTIAL_SIGNING_KEY:
      'zrv3kJcnBP1RpYmvNZ9jcYpKBZg41iSobWxSg3ix2U7Cp59kjwQFCT4SZTgLSL3HP8iGMdJs3nedjqYgNn6ZJmsmjRm',
  };

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
