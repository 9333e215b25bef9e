/** The least environment production starts with: tests take it and change one variable. */
export const PRODUCTION_ENVIRONMENT: Readonly<Record<string, string>> = {
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
