// Summarises a V8 CPU profile (`node --cpu-prof`): the top functions by self time and the share of each
// package, as markdown tables for docs/benchmarks.md.
// Usage: node -r ./test/bench/transpile-hook.js test/bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node core';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const inProject = /\/(src|test)\/(.+?)\//.exec(url);
  return inProject ? `veri ${inProject[1]}/${inProject[2]}` : url;
}

function summarise(path: string, top: number): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
  // (idle) is waiting; "dispatch" (no script) is the inspector serialising this very profile when it stops.
  const notWork = (frame: ProfileNode['callFrame']) =>
    frame.functionName === '(idle)' || (frame.functionName === 'dispatch' && !frame.url);
  const idle = [...selfTime.entries()]
    .filter(([id]) => notWork(byId.get(id)!.callFrame))
    .reduce((sum, [, t]) => sum + t, 0);
  const busy = total - idle;
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const frame = byId.get(id)!.callFrame;
    if (notWork(frame)) continue;
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|test)\//, '$1/');
    const key =
      `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + time);
    const pkg = packageOf(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + time);
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, time]) => `| ${name.replace(/\|/g, '\\|')} | ${((100 * time) / busy).toFixed(1)} % |`);
  return [
    `Busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s sampled (the rest idle or the profiler itself).`,
    '',
    '| function (self time) | share of busy |',
    '| --- | ---: |',
    ...rows(functions),
    '',
    '| package (self time) | share of busy |',
    '| --- | ---: |',
    ...rows(packages),
  ].join('\n');
}

console.log(summarise(process.argv[2], Number(process.argv[3] ?? 12)));
