// `npm run bench -- <name>` runs test/bench/<name>.bench.ts; `npm run bench -- all` runs every one, one
// after another, each in a process of its own; with no name, lists them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
const available = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .sort();
if (name === 'all') {
  const failed = available.filter((bench) => {
    console.log(`\n=== ${bench} ===`);
    const { status } = spawnSync(
      process.execPath,
      ['-r', join(__dirname, 'transpile-hook.js'), __filename, bench],
      {
        stdio: 'inherit',
      },
    );
    return status !== 0;
  });
  if (failed.length) console.error(`Failed: ${failed.join(', ')}`);
  process.exit(failed.length ? 1 : 0);
}
if (!name || !available.includes(name)) {
  console.log(`Usage: npm run bench -- <all|${available.join('|')}>`);
  process.exit(name ? 1 : 0);
}
// The benchmarks run under transpile-hook.js, a CommonJS loader; a dynamic import() would bypass it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(join(__dirname, `${name}.bench.ts`));
