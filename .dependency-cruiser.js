// Architecture rules (architecture.md "Rules of the house"), run by `npm run lint`.
// Every folder of src/ that owns a part of the product is a context; only the kernel, config and the
// process entry points are not.
const CONTEXTS = '(identity|achievements|sharing|ordering|support|back-office|demo-data|command-line)';
const ENTRY_POINTS = '^src/(app\\.module|main|worker|cli)\\.ts$';
// A large context may split into modules (src/identity/access/, .../registration/, .../profile/), each
// with the same rooms; MODULE is that optional folder between the context and the room. The modules are
// named, not matched with a wildcard: dependency-cruiser refuses a quantified group as unsafe.
const MODULE_NAMES = 'access|registration|profile';
const MODULES = `(${MODULE_NAMES})`;
const MODULE = `(?:(?:${MODULE_NAMES})/)?`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-framework',
      comment: 'Rule 1: domain/ imports nothing from Nest, MikroORM, express, bull, puppeteer or pg.',
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}domain/` },
      to: {
        path: 'node_modules/(@nestjs|@mikro-orm|express|bull|puppeteer-core|pg|handlebars)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-imports-no-outer-layer',
      comment: 'Rule 1: domain/ does not depend on application/, infrastructure/, interface/ or config.',
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}domain/` },
      to: { path: `^src/([^/]+)/${MODULE}(application|infrastructure|interface)/|^src/config/` },
    },
    {
      name: 'application-imports-no-adapters',
      comment: 'Rule 1: application/ uses its own domain and ports, never infrastructure or interface code.',
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}application/` },
      to: { path: `^src/$1/${MODULE}(infrastructure|interface)/` },
    },
    {
      name: 'domain-imports-only-domain',
      comment:
        "Rule 1: a domain imports only its own context's domain and the shared kernel's domain: not another context, not even its public file.",
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}domain/` },
      to: { path: '^src/', pathNot: [`^src/$1/${MODULE}domain/`, '^src/shared/domain/'] },
    },
    {
      name: 'application-imports-no-platform',
      comment:
        'Rule 1: application/ reaches the platform through ports and the shared application layer, never shared/infrastructure, shared/web or config.',
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}application/` },
      to: { path: '^src/(shared/(infrastructure|web)|config)/' },
    },
    {
      name: 'use-cases-do-not-import-each-other',
      comment:
        'Rule 7: a use-case folder does not import a sibling use-case folder; what they share lives in application/services or views.',
      severity: 'error',
      from: { path: `^src/([^/]+)/(${MODULE}application/(?:commands|queries|events|reactions))/([^/]+)/` },
      to: {
        path: `^src/$1/${MODULE}application/(commands|queries|events|reactions)/[^/]+/`,
        pathNot: ['^src/$1/$2/$3/'],
      },
    },
    {
      name: 'interface-imports-no-infrastructure',
      comment:
        "Rule 6: interface/ talks to application/ (and the context's *.errors.ts), never to infrastructure/.",
      severity: 'error',
      from: { path: `^src/([^/]+)/${MODULE}interface/` },
      to: { path: `^src/$1/${MODULE}infrastructure/` },
    },
    {
      name: 'modules-meet-through-the-context',
      comment:
        "A module of a context does not import a sibling module; what they share lives in the context's own rooms.",
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/${MODULES}/` },
      to: { path: `^src/$1/${MODULES}/`, pathNot: ['^src/$1/$2/'] },
    },
    {
      name: 'nothing-imports-outer-contexts',
      comment:
        'back-office, demo-data and command-line sit at the edge: only the entry points (app.module, main, worker, cli) import them.',
      severity: 'error',
      from: { pathNot: ['^src/(back-office|demo-data|command-line)/', ENTRY_POINTS] },
      to: { path: '^src/(back-office|demo-data|command-line)/' },
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
