// `npm run bench -- <name>` runs test/bench/<name>.bench.ts; with no name, lists them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
const available = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
if (!name || !available.includes(name)) {
  console.log(`Usage: npm run bench -- <${available.join('|')}>`);
  process.exit(name ? 1 : 0);
}
// The benchmarks run under ts-node's CommonJS loader; a dynamic import() would bypass it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(join(__dirname, `${name}.bench.ts`));
