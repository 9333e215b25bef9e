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
