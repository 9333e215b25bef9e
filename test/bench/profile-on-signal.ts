// Preloaded (`-r`) into a process the benchmark starts (a worker, a web process): with BENCH_PROFILE set,
// the first SIGUSR2 starts a CPU profile and the second writes it to BENCH_PROFILE/BENCH_PROFILE_NAME.cpuprofile,
// so the profile covers the measured window only, not the start-up (transpiling, Nest's bootstrap).
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

const dir = process.env.BENCH_PROFILE;
if (dir) {
  const session = new Session();
  let recording = false;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!recording) {
        recording = true;
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
        return;
      }
      recording = false;
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      const name = process.env.BENCH_PROFILE_NAME ?? `process-${process.pid}`;
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
      process.send?.('profile-written');
      console.error(`profile-written ${name}`);
    })();
  });
}
