// The expiry job against real Postgres, run by two application instances (two Nest application
// contexts on one database): 10,000 due connections expire in one run (in capped batches), each email is
// written to the outbox exactly once, and running again (or at the same time) doubles nothing.
import { EntityManager } from '@mikro-orm/postgresql';
import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../src/app.module';
import { loadConfig } from '../../../src/config/app-config';
import { DueConnectionsOutcome, ExpireDueConnections } from '../../../src/sharing/sharing.public';
import { ConnectionExpiryScheduler } from '../../../src/sharing/infrastructure/scheduling/connection-expiry.scheduler';
import { DUE_CONNECTIONS_LANES } from '../../../src/sharing/infrastructure/persistence/sql-due-connections';
import { createTestDatabase, TestDatabase } from '../../support/database';

const DUE = 10_000;
const SOON = 40;

describe('ExpireDueConnections on two instances', () => {
  let database: TestDatabase;
  let dataDir: string;
  const instances: INestApplicationContext[] = [];

  async function startInstance(): Promise<INestApplicationContext> {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      MIGRATE_ON_START: 'false',
      RUN_WORKERS: 'false',
      DEMO_DATA: 'false',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      ...(process.env.TEST_CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.TEST_CHROMIUM_PATH } : {}),
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    instances.push(app);
    return app;
  }

  const sql = <T>(text: string, params: unknown[] = []): Promise<T> =>
    instances[0].get(EntityManager).fork().getConnection().execute(text, params) as Promise<T>;
  const expire = (app: INestApplicationContext): Promise<DueConnectionsOutcome> =>
    app.get(CommandBus).execute(new ExpireDueConnections());
  /** Makes the connections of these candidates fall due a second ago. */
  const fallDue = (...candidateEmails: string[]) =>
    sql(
      `UPDATE sharing_connections SET expires_at = now() - interval '1 second' WHERE candidate_email IN (?)`,
      [candidateEmails],
    );
  /** Runs `work` while another session holds the locks (advisory or row) that `lockSql` takes. */
  const whileAnotherSessionHolds = (lockSql: string, params: unknown[], work: () => Promise<void>) =>
    instances[0]
      .get(EntityManager)
      .fork()
      .transactional(async (tx) => {
        await tx.execute(lockSql, params);
        await work();
      });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'veri-sharing-'));
    await startInstance();
    await startInstance();
  }, 60_000);

  afterAll(async () => {
    for (const app of instances) await app.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    // Due connections (expired a minute ago), connections expiring in three days (reminder due), and
    // ones that must be left alone: far in the future, already deleted, requested.
    const insert = (count: number, status: string, expiresAt: string, tag: string) =>
      sql(
        `INSERT INTO sharing_connections (id, candidate_account_id, candidate_number, candidate_email, candidate_name,
           third_party_first_name, third_party_surname, third_party_email, third_party_company, third_party_account_id,
           status, permissions, created_at, approved_at, expires_at, updated_at)
         SELECT gen_random_uuid(), gen_random_uuid(), 'C' || n, 'candidate' || n || '@${tag}.example', 'Candidate ' || n,
           'Ann', 'Hiring', 'hr' || n || '@${tag}.example', 'Company ' || n, NULL,
           ?, '[]', now() - interval '40 days', now() - interval '40 days', ${expiresAt}, now()
         FROM generate_series(1, ?) AS n`,
        [status, count],
      );
    await insert(DUE, 'active', "now() - interval '1 minute'", 'due');
    await insert(SOON, 'active', "now() + interval '3 days'", 'soon');
    await insert(25, 'active', "now() + interval '60 days'", 'later');
    await insert(25, 'deleted', "now() - interval '1 day'", 'deleted');
  }, 60_000);

  it('expires every due connection once and writes each email once, with both instances running at the same time', async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([expire(instances[0]), expire(instances[1])]);
    const elapsed = Date.now() - started;

    // Whichever instance held the lock did the work; the other did nothing or found nothing left.
    expect(a.expired + b.expired).toBe(DUE);
    expect(a.reminded + b.reminded).toBe(SOON);
    expect(elapsed).toBeLessThan(30_000);

    const [counts] = await sql<Array<{ expired: number; active: number; deleted: number }>>(
      `SELECT count(*) FILTER (WHERE status = 'expired')::int AS expired, count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'deleted')::int AS deleted FROM sharing_connections`,
    );
    expect(counts).toEqual({ expired: DUE, active: SOON + 25, deleted: 25 });

    const emails = await sql<Array<{ template: string; total: number; distinct_total: number }>>(
      `SELECT payload->>'template' AS template, count(*)::int AS total,
              count(DISTINCT (payload->>'to', payload->'data'->>'connectionPath'))::int AS distinct_total
       FROM outbox WHERE topic = 'email.send' GROUP BY 1 ORDER BY 1`,
    );
    expect(emails).toEqual([
      { template: 'sharing-expired', total: DUE * 2, distinct_total: DUE * 2 },
      { template: 'sharing-expiry-reminder', total: SOON, distinct_total: SOON },
    ]);

    const [sample] = await sql<
      Array<{ payload: { to: string; subject: string; data: Record<string, unknown> } }>
    >(`SELECT payload FROM outbox WHERE payload->>'to' = 'candidate1@due.example'`);
    expect(sample.payload.subject).toBe('Your connection with Company 1 has expired');
    expect(sample.payload.data).toMatchObject({
      forCandidate: true,
      candidateName: 'Candidate 1',
      company: 'Company 1',
    });
  }, 60_000);

  it('does nothing more when run again, on either instance', async () => {
    const again = await Promise.all([expire(instances[0]), expire(instances[1])]);
    expect(again.map((o) => o.expired + o.reminded)).toEqual([0, 0]);
    const [{ total }] = await sql<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM outbox`);
    expect(total).toBe(DUE * 2 + SOON);
  });

  it('lets only one instance work while another holds the lock', async () => {
    await whileAnotherSessionHolds(
      `SELECT pg_advisory_xact_lock(hashtext('veri.sharing.expire-due-connections'), lane) FROM generate_series(0, ?) AS lane`,
      [DUE_CONNECTIONS_LANES - 1],
      async () => {
        const blocked = await expire(instances[1]);
        expect(blocked).toEqual({ ran: false, expired: 0, reminded: 0, emails: 0 });
      },
    );
  });

  it('works in two lanes at once: while another instance holds one, the other lane does all the work', async () => {
    await fallDue('candidate10@later.example', 'candidate11@later.example');
    await whileAnotherSessionHolds(
      `SELECT pg_advisory_xact_lock(hashtext('veri.sharing.expire-due-connections'), 0)`,
      [],
      async () => {
        const outcome = await expire(instances[1]);
        expect(outcome).toMatchObject({ ran: true, expired: 2, emails: 4 });
      },
    );
  });

  it('runs from the scheduler tick', async () => {
    await fallDue('candidate1@later.example');
    const outcome = await instances[1].get(ConnectionExpiryScheduler).tick();
    expect(outcome).toMatchObject({ ran: true, expired: 1 });
  });

  it('never waits for a connection being changed at that moment: skips it, and takes it on the next run', async () => {
    await fallDue('candidate2@later.example', 'candidate3@later.example');
    await whileAnotherSessionHolds(
      `SELECT id FROM sharing_connections WHERE candidate_email = 'candidate2@later.example' FOR UPDATE`,
      [],
      async () => {
        expect(await expire(instances[1])).toMatchObject({ ran: true, expired: 1, emails: 2 });
      },
    );
    expect(await expire(instances[1])).toMatchObject({ ran: true, expired: 1, emails: 2 });
  }, 20_000);
});
