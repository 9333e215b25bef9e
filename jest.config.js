// Four tiers, the security suite and the fault-injection tests (architecture.md rule 8). `npm test` runs them all, one file at a time (the 2-core
// machines share one Postgres, Redis and Chromium); each test file gets its own fresh database.
// The verifiable-credential libraries are ES modules only; Jest 30 on Node 20 cannot load those, so
// they (and their ES-module dependencies) are turned into CommonJS by Babel, as Node itself loads them
// at run time (require of ES modules). See docs/adr/0014.
const ES_MODULE_PACKAGES = ['@digitalbazaar', 'base58-universal', 'base64url-universal', 'ky'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  '^.+\\.js$': [
    'babel-jest',
    {
      babelrc: false,
      configFile: false,
      plugins: ['babel-plugin-transform-import-meta', '@babel/plugin-transform-modules-commonjs'],
    },
  ],
};
const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ES_MODULE_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // `npm test` runs the files one at a time in one worker process (--maxWorkers=1), which Jest replaces
  // once it holds more than this after a file: a whole run in one process grew past Node's 4 GB heap
  // (each file's app, ORM metadata and compiled modules are not all given back).
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // Attacks on the whole app over HTTP (docs/security.md): authorisation matrix, CSRF, hostile input, fuzzing.
    { ...common, displayName: 'security', testMatch: ['<rootDir>/test/security/**/*.security-spec.ts'] },
    // Faults injected into real Redis, Postgres and Veri processes the tests start themselves.
    { ...common, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'] },
  ],
};
