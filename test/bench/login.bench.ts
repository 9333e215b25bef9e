// Login throughput against raw argon2.verify with the app's parameters on the same cores: on results
// day 100,000 candidates log in within an hour, and the password hash must be the only real cost.
// Raw verifications run in the portal's process (the same libuv pool of 4 threads the app hashes on),
// then the portal is driven by autocannon from its own process.
import { ARGON2_OPTIONS } from '../../src/identity/infrastructure/adapters/argon2-password-hasher';
import { benchSeconds, loginAccounts, rawVerify, round, run, settle, stats, today } from './fixtures';
import { loadLogins, machine, machineLoad, profiled, startPortal, table, writeSection } from './support';

const ACCOUNTS = 200;
const PREFIX = 'L';
const IN_FLIGHT = 4;

run(async () => {
  const seconds = benchSeconds(10);
  const portal = await startPortal('login', { TRUST_PROXY: 'true' });
  const { hash, bodies } = await loginAccounts(portal.databaseUrl, PREFIX, ACCOUNTS);
  const logins = (connections: number, duration: number, label: string) =>
    loadLogins(label, `${portal.baseUrl}/api/v1/auth/token`, bodies, { connections, duration });

  const loadBefore = machineLoad();
  await logins(2, 2, 'warm-up');
  await rawVerify(hash, IN_FLIGHT, 2);
  const raw = await rawVerify(hash, IN_FLIGHT, seconds);
  const login = await profiled('login', () =>
    logins(8, seconds, 'POST /api/v1/auth/token, right password (8 connections)'),
  );
  const rawAgain = await rawVerify(hash, IN_FLIGHT, seconds);
  const loadAfter = machineLoad();
  await settle();
  const rawPerSecond = round((raw.perSecond + rawAgain.perSecond) / 2, 1);
  const ratio = round(login.requestsPerSecond / Math.max(0.1, rawPerSecond), 2);
  const rawStats = stats('raw', [...raw.latencies, ...rawAgain.latencies]);

  writeSection(
    'login',
    `## Login against raw argon2.verify

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAfter} after. Run: \`npm run bench -- login\`
(BENCH_SECONDS=${seconds}). ${ACCOUNTS} active candidate accounts, all hashed with the app's parameters (argon2id
m=${ARGON2_OPTIONS.memoryCost} KiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}); logins rotate over them, each request from its own
client address (TRUST_PROXY=true), so the per-address throttle never answers. Raw: \`argon2.verify\` of the same hash and
password, ${IN_FLIGHT} in flight (the libuv pool the app hashes on), in the portal's process, ${seconds} s before and ${seconds} s after the
login run (the mean of both is the figure). autocannon runs in its own process.

${table([login])}

| raw argon2.verify, ${IN_FLIGHT} in flight | verifications/s | p50 ms | p95 ms |
| --- | ---: | ---: | ---: |
| before the login run | ${raw.perSecond} | ${stats('', raw.latencies).p50} | ${stats('', raw.latencies).p95} |
| after the login run | ${rawAgain.perSecond} | ${stats('', rawAgain.latencies).p50} | ${stats('', rawAgain.latencies).p95} |

Logins reached **${ratio}** of the raw verifications per second (target >= 0.85; raw median ${rawStats.p50} ms per verification).`,
  );
  console.log(table([login]));
  console.log({ raw: raw.perSecond, rawAgain: rawAgain.perSecond, ratio });
  await portal.close();
});
