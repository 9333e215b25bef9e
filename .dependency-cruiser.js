// Architecture rules (architecture.md "Rules of the house"), run by `npm run lint`.
const CONTEXTS = '(identity|achievements|sharing|ordering|support)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-framework',
      comment: 'Rule 1: domain/ imports nothing from Nest, MikroORM, express, bull, puppeteer or pg.',
      severity: 'error',
      from: { path: '^src/([^/]+)/domain/' },
      to: {
        path: 'node_modules/(@nestjs|@mikro-orm|express|bull|puppeteer-core|pg|handlebars)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-imports-no-outer-layer',
      comment: 'Rule 1: domain/ does not depend on application/, infrastructure/, interface/ or config.',
      severity: 'error',
      from: { path: '^src/([^/]+)/domain/' },
      to: { path: '^src/([^/]+)/(application|infrastructure|interface)/|^src/config/' },
    },
    {
      name: 'application-imports-no-adapters',
      comment: 'Rule 1: application/ uses its own domain and ports, never infrastructure or interface code.',
      severity: 'error',
      from: { path: '^src/([^/]+)/application/' },
      to: { path: '^src/$1/(infrastructure|interface)/' },
    },
    {
      name: 'contexts-meet-through-public-files',
      comment: "Rule 2: a context imports another context only through that context's *.public.ts.",
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/` },
      to: {
        path: `^src/${CONTEXTS}/`,
        pathNot: [`^src/$1/`, `^src/${CONTEXTS}/[^/]+\\.public\\.ts$`],
      },
    },
    {
      name: 'shared-kernel-knows-no-context',
      comment: 'The shared kernel is used by the contexts, never the other way round.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: `^src/${CONTEXTS}/` },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
