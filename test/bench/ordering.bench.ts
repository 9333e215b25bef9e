// Checkout under contention: 200 candidates, each with a reprint in the basket, place their orders at the same
// moment (POST /api/v1/me/orders with an Idempotency-Key; the payment is registered with the in-app Opayo
// simulator over HTTP), against the same order placement done with raw SQL, one transaction per order.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Client, Pool, PoolClient } from 'pg';
import { PaymentGateway } from '../../src/ordering/application/ports/payment-gateway';
import { WEB_HEAP_LIMIT_FLAG } from '../../src/web-processes';
import {
  bearer,
  benchPasswordHash,
  benchSeconds,
  candidateEmail,
  candidateNumber,
  insertCandidates,
  round,
  run,
  settle,
  stats,
  statsTable,
  timed,
  today,
  withClient,
} from './fixtures';
import type { BurstJob, BurstResult } from './burst-client';
import {
  benchPort,
  cpuSecondsOf,
  inClientProcess,
  listenBare,
  machine,
  machineLoad,
  profiled,
  sendJson,
  startMainProcess,
  startPortal,
  writeSection,
} from './support';

const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const SOLO = Number(process.env.BENCH_SOLO ?? 20);
/** Checkouts that warm a freshly started portal up before its measured burst. */
const WARM_UP = 40;
const UK_ADDRESS = { line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' };

/** `count` at a time over `items`. */
async function inBatches<T>(items: T[], count: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += count) await Promise.all(items.slice(i, i + count).map(work));
}

/**
 * The rows one checkout writes, as PlaceOrderHandler + StartPayment's first transaction write them: the
 * per-account advisory lock, the basket read, an order number, the order, the basket emptied, the claims moved
 * to the order, the unpaid-order timeout in the outbox, and the payment attempt.
 */
async function rawOrder(client: PoolClient, accountId: string, number: string, email: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ordering.basket:${accountId}`]);
    const { rows: items } = await client.query(
      `SELECT b.*, p.price_pence, p.vat_rate_bps, p.name FROM ordering_basket_items b JOIN ordering_products p ON p.code = b.product_code WHERE b.account_id = $1`,
      [accountId],
    );
    if (items.length === 0) throw new Error('empty basket');
    const { rows: options } = await client.query(
      `SELECT * FROM ordering_delivery_options WHERE code = 'royal-mail-signed-for-2nd'`,
    );
    const [{ n }] = (await client.query(`SELECT nextval('ordering_order_number_seq')::int AS n`)).rows;
    const orderId = randomUUID();
    const total =
      items.reduce((sum, item) => sum + Number(item.price_pence), 0) + Number(options[0].price_pence);
    const vat = Math.round(total / 6);
    const lines = items.map((item) => ({
      id: item.id,
      product: item.product_code,
      certificateNumber: item.certificate_number,
      price: item.price_pence,
    }));
    await client.query(
      `INSERT INTO ordering_orders (id, number, account_id, candidate_number, email, status, lines, delivery, billing_address, delivery_address,
         sub_total_pence, vat_pence, total_pence, idempotency_key, placed_at)
       VALUES ($1, $2, $3, $4, $5, 'pending_payment', $6, $7, $8, $8, $9, $10, $11, $12, now())`,
      [
        orderId,
        n,
        accountId,
        number,
        email,
        JSON.stringify(lines),
        JSON.stringify(options[0]),
        JSON.stringify(UK_ADDRESS),
        total - vat,
        vat,
        total,
        `raw-${accountId}`,
      ],
    );
    await client.query('DELETE FROM ordering_basket_items WHERE account_id = $1', [accountId]);
    await client.query(
      'UPDATE ordering_reprint_claims SET holder_id = $1 WHERE holder_id = ANY($2::uuid[])',
      [orderId, items.map((item) => item.id)],
    );
    await client.query(
      `INSERT INTO outbox (id, topic, payload, not_before) VALUES ($1, 'ordering.cancel-unpaid-order', $2, now() + interval '1 hour')`,
      [randomUUID(), JSON.stringify({ orderId })],
    );
    await client.query(
      `INSERT INTO ordering_payment_attempts (id, order_id, reference, amount_pence, status, created_at) VALUES ($1, $2, $3, $4, 'registering', now())`,
      [randomUUID(), orderId, `VERI-${n}-${randomBytes(5).toString('hex').toUpperCase()}`, total],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function main(): Promise<void> {
  benchSeconds(0); // no timed load here: every figure is one concurrent wave
  const port = benchPort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const portal = await startPortal('ordering', {
    TRUST_PROXY: 'true',
    PAYMENT_PROVIDER: 'opayo-simulator',
    PORT: String(port),
    PUBLIC_URL: publicUrl,
  });
  const hash = await benchPasswordHash();

  // Groups of candidates with one achievement each: P (burst) and Q (one at a time) check out through the
  // portal after X has warmed it up, R (burst) and T (one at a time) with raw SQL, B (burst) and H (one at a time)
  // with raw SQL behind a bare node:http server, V and W (bursts) through the portal started as src/main.ts with one web
  // process and with two, G with one and the gateway elsewhere.
  const rawSqlGroups = ['R', 'T', 'H', 'B'];
  const groups = {
    P: BUYERS,
    Q: SOLO,
    X: WARM_UP,
    R: BUYERS,
    T: SOLO,
    H: SOLO,
    B: BUYERS,
    V: BUYERS + WARM_UP,
    G: BUYERS + WARM_UP,
    W: BUYERS + WARM_UP,
  };
  await withClient(portal.databaseUrl, async (client) => {
    for (const [prefix, count] of Object.entries(groups)) {
      await insertCandidates(client, { prefix, count, withAccounts: count, passwordHash: hash });
      await client.query(
        `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade, issue_date, centre, units, verification_code)
         SELECT md5($1 || i)::uuid, $1 || lpad(i::text, 6, '0') || '-01', 'qualification', 'Level 3 Award in Vehicle Technology', '600/1234/5',
                $1 || lpad(i::text, 7, '0'), r.first_name || ' ' || r.surname, 'Pass', date '2020-02-17', 'Bench Centre',
                '[{"unitNumber":"U1","title":"Diagnostics","credit":10}]'::jsonb,
                upper(substr(md5('o' || $1 || i), 1, 4) || '-' || substr(md5('o' || $1 || i), 5, 4) || '-' || substr(md5('o' || $1 || i), 9, 4) || '-' || substr(md5('o' || $1 || i), 13, 4))
         FROM generate_series(1, $2::int) AS i JOIN identity_candidate_records r ON r.candidate_number = $1 || lpad(i::text, 7, '0')`,
        [prefix, count],
      );
    }
    // The raw groups' baskets as the portal stores them: the item and the claim it holds.
    for (const prefix of [...rawSqlGroups, 'V', 'W', 'G']) {
      await client.query(
        `WITH items AS (
           INSERT INTO ordering_basket_items (id, account_id, candidate_number, product_code, certificate_number, qualification_title, reason, quantity, added_at)
           SELECT md5('basket-' || $1 || i)::uuid, md5('acc-' || $1 || i)::uuid, $1 || lpad(i::text, 7, '0'), 'certificate-reprint', $1 || lpad(i::text, 6, '0') || '-01',
                  'Level 3 Award in Vehicle Technology', 'lost', 1, now()
           FROM generate_series(1, $2::int) AS i RETURNING *)
         INSERT INTO ordering_reprint_claims (candidate_number, certificate_number, product_code, holder_id)
         SELECT candidate_number, certificate_number, product_code, id FROM items`,
        [prefix, groups[prefix as keyof typeof groups]],
      );
    }
  });
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  const tokens = new Map<string, string>();
  const { ms: setupMs } = await timed(async () => {
    for (const prefix of ['P', 'Q', 'X'] as const) {
      await inBatches(numbers(groups[prefix]), 4, async (i) => {
        const token = await bearer(portal.baseUrl, candidateEmail(prefix, i));
        tokens.set(`${prefix}${i}`, token);
        const res = await fetch(`${portal.baseUrl}/api/v1/me/basket/items`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            product: 'certificate-reprint',
            certificateNumber: `${prefix}${String(i).padStart(6, '0')}-01`,
            reason: 'lost',
            quantity: 1,
          }),
        });
        if (res.status !== 201) throw new Error(`basket ${prefix}${i}: ${res.status} ${await res.text()}`);
      });
    }
  });

  // Time the payment registration (the simulator, over HTTP) inside the app: the gateway is wrapped, not changed.
  const gateway = portal.app.get(PaymentGateway) as PaymentGateway;
  let registrations: number[] = [];
  const register = gateway.register.bind(gateway);
  gateway.register = async (request) => {
    const { ms, value } = await timed(() => register(request));
    registrations.push(ms);
    return value;
  };

  const outcomes = new Map<string, number>();
  const countAll = (result: BurstResult) => {
    for (const [outcome, n] of Object.entries(result.outcomes))
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + n);
  };
  // Every checkout is sent by a client process of its own (burst-client.ts), so that sending and reading
  // never share the portal's event loop, one at a time as well as all at once.
  const checkoutsOf = (baseUrl: string, prefix: string, buyers: number[]): BurstJob => ({
    url: `${baseUrl}/api/v1/me/orders`,
    requests: buyers.map((i) => ({
      headers: {
        authorization: `Bearer ${tokens.get(`${prefix}${i}`)}`,
        'content-type': 'application/json',
        'idempotency-key': `bench-checkout-${prefix}${i}`,
      },
      body: JSON.stringify({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' }),
    })),
  });
  // The raw checkouts on a pool of the ORM's default size (10 connections).
  const pool = new Pool({ connectionString: portal.databaseUrl, max: 10 });
  let rawErrors = 0;
  const rawCheckout = async (prefix: string, i: number): Promise<number> => {
    const started = performance.now();
    const client = await pool.connect();
    try {
      await rawOrder(
        client,
        md5Uuid(`acc-${prefix}${i}`),
        candidateNumber(prefix, i),
        candidateEmail(prefix, i),
      );
    } catch {
      rawErrors += 1;
    } finally {
      client.release();
    }
    return performance.now() - started;
  };

  // A portal runs its checkout warm in production: WARM_UP checkouts at once, unmeasured, as for src/main.ts below.
  countAll(await inBurstClient(checkoutsOf(portal.baseUrl, 'X', numbers(WARM_UP))));
  await settle(1000);
  registrations = [];

  // One at a time: the cost of a checkout without queueing.
  const soloRaw: number[] = [];
  // Every statement the app sends to Postgres during the one-at-a-time checkouts, to tell round trips per checkout.
  let statements = 0;
  const query = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    statements += 1;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const solo = await profiled('ordering-solo', () =>
    inBurstClient({ ...checkoutsOf(portal.baseUrl, 'Q', numbers(SOLO)), oneAtATime: true }),
  );
  Client.prototype.query = query;
  countAll(solo);
  const soloPortal = solo.latencies;
  const statementsPerCheckout = round(statements / SOLO, 1);
  const soloRegistrations = registrations;
  // One at a time each checkout made exactly one registration, in the same order: what is left is the app's own work.
  const soloPortalOwn = soloPortal.map((ms, i) => ms - (soloRegistrations[i] ?? 0));
  registrations = [];
  for (const i of numbers(SOLO)) soloRaw.push(await rawCheckout('T', i));
  // The raw transaction behind a bare node:http server, sent by the client process as the portal's checkouts are:
  // what a request from another process adds to the raw transaction before any framework.
  const rawServer = createServer((req, res) => {
    req.resume();
    void rawCheckout(String(req.headers['x-group']), Number(req.headers['x-buyer'])).then(() =>
      sendJson(res, 201, { paymentUrl: 'none' }),
    );
  });
  const rawServerUrl = await listenBare(rawServer);
  const rawOverHttp = (prefix: string, buyers: number[], oneAtATime: boolean) =>
    inBurstClient({
      url: rawServerUrl,
      requests: buyers.map((i) => ({ headers: { 'x-group': prefix, 'x-buyer': String(i) }, body: '{}' })),
      oneAtATime,
    });
  const soloRawHttp = await rawOverHttp('H', numbers(SOLO), true);
  await settle(1000);

  // The burst: every buyer's POST at once (one HTTP connection each), then the same with raw SQL.
  const cpuBefore = cpuSplit();
  const burst = await profiled('ordering-burst', () =>
    inBurstClient(checkoutsOf(portal.baseUrl, 'P', numbers(BUYERS))),
  );
  const burstCpu = cpuPerCheckout(cpuBefore, cpuSplit());
  const portalLatencies = burst.latencies;
  const wave = { ms: burst.wallMs };
  countAll(burst);
  await settle(1000);
  const rawLatencies: number[] = [];
  const rawWave = await timed(() =>
    Promise.all(numbers(BUYERS).map(async (i) => rawLatencies.push(await rawCheckout('R', i)))),
  );
  const rawHttpBurst = await rawOverHttp('B', numbers(BUYERS), false);
  rawServer.close();
  await pool.end();

  // The same burst against the portal as an operator runs it (src/main.ts), with one web process and with two
  // (WEB_PROCESSES=2, a Node cluster on one port): what the second core buys a checkout burst. Then with one
  // web process whose payment gateway (the simulator, as an app of its own) runs in another process, as Opayo
  // does in production: what the portal's own work costs a burst.
  const byProcesses: Array<{ label: string; burst: BurstResult; cpu: string }> = [];
  for (const { processes, prefix, gatewayElsewhere } of [
    { processes: 1, prefix: 'V', gatewayElsewhere: false },
    { processes: 2, prefix: 'W', gatewayElsewhere: false },
    { processes: 1, prefix: 'G', gatewayElsewhere: true },
  ]) {
    const port = benchPort();
    const gateway = gatewayElsewhere
      ? await startMainProcess(1, portal.databaseUrl, {
          // The simulator calls back only its shop's notification route: the portal's.
          env: {
            NODE_ENV: 'test',
            PAYMENT_PROVIDER: 'opayo-simulator',
            PUBLIC_URL: `http://127.0.0.1:${port}`,
          },
        })
      : undefined;
    const main = await startMainProcess(processes, portal.databaseUrl, {
      port,
      env: {
        NODE_ENV: 'test',
        PAYMENT_PROVIDER: 'opayo-simulator',
        ...(gateway && { OPAYO_GATEWAY_URL: `${gateway.base}/simulator/opayo/gateway/service` }),
      },
    });
    await inBatches(numbers(BUYERS + WARM_UP), 4, async (i) => {
      tokens.set(`${prefix}${i}`, await bearer(main.base, candidateEmail(prefix, i)));
    });
    // A fresh process runs the checkout cold: the last WARM_UP candidates check out first, unmeasured.
    const warmUp = numbers(WARM_UP).map((i) => BUYERS + i);
    await inBurstClient(checkoutsOf(main.base, prefix, warmUp));
    await settle(1000);
    const gatewayPid = gateway?.child.pid;
    const before = cpuSplit(gatewayPid);
    const measured = await inBurstClient(checkoutsOf(main.base, prefix, numbers(BUYERS)));
    byProcesses.push({
      label: gateway
        ? 'src/main.ts with 1 web process, the gateway simulator in a process of its own'
        : `src/main.ts with ${processes} web process${processes > 1 ? 'es' : ''}`,
      burst: measured,
      cpu: cpuPerCheckout(before, cpuSplit(gatewayPid)),
    });
    await main.stop();
    await gateway?.stop();
  }
  const processRows = byProcesses.map(({ label, burst: b }) =>
    stats(`POST /api/v1/me/orders, ${BUYERS} at once, ${label}`, b.latencies),
  );
  const processOutcomes = byProcesses
    .map(
      ({ label, burst: b, cpu }) =>
        `${label}: ${Object.entries(b.outcomes)
          .map(([outcome, n]) => `${n} × ${outcome}`)
          .join(', ')}, wall time ${round(b.wallMs / 1000, 2)} s, ${cpu}`,
    )
    .join('; ');

  const check = await withClient(portal.databaseUrl, async (client) => {
    const orders = await client.query<{ group: string; count: string }>(
      `SELECT left(candidate_number, 1) AS group, count(*) FROM ordering_orders GROUP BY 1 ORDER BY 1`,
    );
    const attempts = await client.query<{ status: string; count: string }>(
      `SELECT status, count(*) FROM ordering_payment_attempts GROUP BY 1 ORDER BY 1`,
    );
    const baskets = await client.query<{ count: string }>(`SELECT count(*) FROM ordering_basket_items`);
    return {
      orders: orders.rows
        .map((r) => `${r.count} (${rawSqlGroups.includes(r.group) ? 'raw SQL' : 'portal'}, group ${r.group})`)
        .join(', '),
      attempts: attempts.rows.map((r) => `${r.count} ${r.status}`).join(', '),
      baskets: baskets.rows[0].count,
    };
  });

  const rows = [
    stats(`raw SQL, one transaction per order, one at a time`, soloRaw),
    stats('the same behind bare node:http, one at a time from the client process', soloRawHttp.latencies),
    stats(`POST /api/v1/me/orders, one at a time`, soloPortal),
    stats('  of which: payment registration with the simulator (HTTP)', soloRegistrations),
    stats("  without it: the app's own work (each checkout less its registration)", soloPortalOwn),
    stats(`raw SQL, one transaction per order (pool of 10), ${BUYERS} at once`, rawLatencies),
    stats(
      `the same behind bare node:http, ${BUYERS} at once from the client process`,
      rawHttpBurst.latencies,
    ),
    stats(`POST /api/v1/me/orders, ${BUYERS} at once`, portalLatencies),
    stats('  of which: payment registration with the simulator (HTTP)', registrations),
  ];
  const errors = [...outcomes.entries()]
    .filter(([outcome]) => outcome !== '201 with paymentUrl')
    .reduce((sum, [, count]) => sum + count, 0);
  const [
    soloRawRow,
    soloRawHttpRow,
    soloRow,
    soloRegistrationRow,
    soloOwnRow,
    burstRawRow,
    burstRawHttpRow,
    burstRow,
  ] = rows;
  const soloRatio = round(soloRow.p50 / Math.max(0.01, soloRawRow.p50), 1);
  const soloOwnRatio = round(soloOwnRow.p50 / Math.max(0.01, soloRawRow.p50), 1);
  const soloRawHttpRatio = round(soloRawHttpRow.p50 / Math.max(0.01, soloRawRow.p50), 1);
  const soloOwnOverHttp = round(soloOwnRow.p50 / Math.max(0.01, soloRawHttpRow.p50), 1);
  const ratio = round(burstRow.p50 / Math.max(0.01, burstRawRow.p50), 1);

  writeSection(
    'ordering',
    `## Ordering: ${BUYERS} checkouts at once

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${machineLoad()} at the end of the run. Absolute figures follow the machine (2 cores): read the ratios
between rows. Run: \`npm run bench -- ordering\`.

${BUYERS} candidates, each with one certificate reprint already in the basket (added through \`POST /api/v1/me/basket/items\`;
${round(setupMs / 1000, 1)} s for all logins and basket adds), sent \`POST /api/v1/me/orders\` with their own \`Idempotency-Key\` at the
same moment (one HTTP connection each, from a client process of their own). A checkout places the order in one transaction (per-account advisory lock, basket,
order number, order, claims moved to the order, unpaid-order timeout in the outbox) and then **registers the payment with the in-app
Opayo simulator over HTTP** (PAYMENT_PROVIDER=opayo-simulator: a real HTTP round trip from the app to its own
\`/simulator/opayo/gateway/service\`, after the checkout's transaction commits), so the figures include that call; its latency was timed inside
the app by wrapping the gateway. Against it, another ${BUYERS} candidates' baskets (the same rows) became orders with raw SQL, one
transaction per order writing the same rows (lock, basket read, sequence, order, basket delete, claims update, outbox row, payment
attempt), ${BUYERS} at once on a pg pool of 10, the ORM's pool size. The portal first took ${WARM_UP} checkouts at once, unmeasured,
so that no figure is of cold code (as the portals started from src/main.ts below); then ${SOLO} checkouts of each kind one at a time
(the portal's sent by the client process too) give the cost without queueing.

${statsTable(rows)}

Wall time of the burst: portal ${round(wave.ms / 1000, 2)} s (${round(BUYERS / (wave.ms / 1000), 1)} orders/s; ${burstCpu}), raw SQL ${round(rawWave.ms / 1000, 2)} s
(${round(BUYERS / (rawWave.ms / 1000), 1)} orders/s). Portal outcomes (all three phases): ${[...outcomes.entries()].map(([outcome, n]) => `${n} × ${outcome}`).join(', ')}
(${errors} not fully successful); raw SQL errors: ${rawErrors}. Orders written: ${check.orders}; payment attempts: ${check.attempts}
(the raw transactions stop at "registering": they make no provider call); basket items left: ${check.baskets}.

One at a time a portal checkout costs **${soloRatio}×** the raw transaction (median), of which the simulator call is
${soloRegistrationRow.p50} ms, and it sends ${statementsPerCheckout} statements to Postgres (the raw transaction: 11, BEGIN and COMMIT included); without that call, **${soloOwnRatio}×**. The raw transaction sent the same way (one at a time from the client
process) to a bare node:http server that runs it takes ${soloRawHttpRow.p50} ms, **${soloRawHttpRatio}×** the raw transaction in
the benchmark's process: that much of the ratio is a request from another process, before any framework; against it
the portal's own work is **${soloOwnOverHttp}×**. ${BUYERS} at once behind that server, the raw transactions' p95 was
${round(burstRawHttpRow.p95 / 1000, 2)} s (wall time ${round(rawHttpBurst.wallMs / 1000, 2)} s), against ${round(burstRawRow.p95 / 1000, 2)} s in the benchmark's process. In the burst the median portal checkout takes **${ratio}×** the raw SQL one: all ${BUYERS} requests are
accepted at once and share two busy cores and the pool of 10 connections, so the latency is mostly queueing. The burst ran at
${round(BUYERS / (wave.ms / 1000), 1)} orders/s against ${round(1000 / Math.max(1, stats('', soloPortal).mean), 1)} orders/s one at a time: concurrency buys little, and the checkout
is bound by the app process's own work per order (two HTTP requests, the simulator's included, one ORM transaction and one UPDATE)
rather than by the database, which wrote the same rows ${round(rawWave.ms > 0 ? wave.ms / rawWave.ms : 0, 0)}× faster; the only lock is per account. A CPU profile of one
run (\`node --cpu-prof\`) showed no single hotspot: MikroORM (unit of work, hydration, knex) was the largest share, then socket writes
to Postgres and garbage collection. Every checkout
still succeeded, no order was lost or doubled, and every basket was emptied.

### One web process or two, and the gateway in a process of its own

The same ${BUYERS}-checkout burst (other candidates, the same rows) sent from a client process of its own to the portal
started as \`src/main.ts\` in a process of its own with the heap limit \`npm start\` gives it (${WEB_HEAP_LIMIT_FLAG}),
with one web process and then with two (WEB_PROCESSES=2: a supervisor and two web processes on one port, each
registering its payments with the simulator over HTTP). Last, one web process whose payments are registered with the
simulator served by another \`src/main.ts\` (OPAYO_GATEWAY_URL pointing at it), as they are with Opayo in production:
the same HTTP call, but the gateway's side of it no longer runs in the portal's process, though still on the same two
cores. Each started portal first took ${WARM_UP} checkouts at once,
unmeasured, so that neither burst ran cold code. The CPU figures are every thread's (the garbage collector's helpers
and libuv's pool included), read from /proc before and after the burst:

${statsTable(processRows)}

Outcomes: ${processOutcomes}.`,
  );
  console.log(
    statsTable([...rows, ...processRows]),
    burstCpu,
    processOutcomes,
    outcomes,
    check,
    wave.ms,
    rawWave.ms,
    { statementsPerCheckout },
  );
  await settle(1000);
  await portal.close();
}

/**
 * CPU seconds used so far by the portal's processes (this one, or src/main.ts and its web processes), by the
 * payment gateway's when it runs in a process of its own, and by PostgreSQL's.
 */
function cpuSplit(gatewayPid?: number): { portal: number; gateway: number; postgres: number } {
  const isPortal = (line: string) => line.includes('src/main.ts') || line.includes('test/bench/run.ts');
  return {
    portal: cpuSecondsOf((line, pid) => pid !== gatewayPid && isPortal(line)),
    gateway: gatewayPid === undefined ? 0 : cpuSecondsOf((_line, pid) => pid === gatewayPid),
    postgres: cpuSecondsOf((line) => line.startsWith('postgres') || line.includes('bin/postgres')),
  };
}

/** What a burst cost each side, in ms of CPU per checkout. */
function cpuPerCheckout(before: ReturnType<typeof cpuSplit>, after: ReturnType<typeof cpuSplit>): string {
  const per = (key: keyof typeof before) => round(((after[key] - before[key]) * 1000) / BUYERS, 1);
  const gateway = after.gateway > 0 ? `, the gateway ${per('gateway')} ms` : '';
  return `portal ${per('portal')} ms${gateway}, PostgreSQL ${per('postgres')} ms of CPU a checkout`;
}

/** Sends a burst from a client process of its own (burst-client.ts). */
function inBurstClient(job: BurstJob): Promise<BurstResult> {
  return inClientProcess<BurstJob, BurstResult>('burst-client.ts', job);
}

/** The uuid Postgres makes with md5(text)::uuid. */
function md5Uuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

run(main);
