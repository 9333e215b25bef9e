import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SEND_EMAIL_TOPIC } from '../../../shared/application/email-outbox';
import {
  DueConnections,
  DueConnectionsOutcome,
  DueConnectionsPlan,
  DueEmail,
} from '../../application/ports/due-connections';

/**
 * The advisory lock of the expiry job, one per lane (the second key): a lane runs on one instance only, so
 * however many instances tick at once, at most DUE_CONNECTIONS_LANES batches run together.
 */
const LOCK_KEY = "hashtext('veri.sharing.expire-due-connections')";

/** Addresses, subject and data of one email, from the touched row `c` (a CTE's RETURNING columns). */
function emailRows(emails: DueEmail[], params: unknown[]): string {
  return emails
    .map((email) => {
      params.push(email.to, email.subject, email.template);
      return `(?::text, ?::text, ?::text)`;
    })
    .join(', ');
}

/** What the emails read from a touched connection: only these come back from the UPDATE, not the whole row. */
const EMAIL_COLUMNS = [
  'id',
  'candidate_email',
  'candidate_name',
  'third_party_email',
  'third_party_company',
  'third_party_first_name',
  'third_party_surname',
  'expires_at',
]
  .map((column) => `s.${column}`)
  .join(', ');

const EMAIL_SELECT = (source: string, kinds: string) => `
  INSERT INTO outbox (id, topic, payload, created_at, not_before)
  SELECT gen_random_uuid(), '${SEND_EMAIL_TOPIC}',
    jsonb_build_object(
      'to', CASE e.recipient WHEN 'candidate' THEN c.candidate_email ELSE c.third_party_email END,
      'subject', format(e.subject, CASE e.recipient WHEN 'candidate' THEN c.third_party_company ELSE c.candidate_name END),
      'template', e.template,
      'data', jsonb_build_object(
        'recipient', e.recipient,
        'forCandidate', e.recipient = 'candidate',
        'candidateName', c.candidate_name,
        'thirdPartyName', c.third_party_first_name || ' ' || c.third_party_surname,
        'company', c.third_party_company,
        'expiresAt', to_char(c.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'connectionPath', '/connections/' || c.id
      )
    ),
    ?::timestamptz, ?::timestamptz
  FROM ${source} c CROSS JOIN (VALUES ${kinds}) AS e(recipient, subject, template)`;

/** At most this many connections per transaction: each batch's locks and outbox rows are committed quickly. */
export const DUE_CONNECTIONS_BATCH = 5_000;

/**
 * How many batches run at once, each in its own transaction on its own connection: one batch keeps one
 * PostgreSQL backend (one core) busy and the portal waiting, so two lanes use both cores of the machines
 * we measure on. FOR UPDATE SKIP LOCKED keeps the lanes' rows apart.
 */
export const DUE_CONNECTIONS_LANES = 2;

interface BatchOutcome {
  locked: boolean;
  touched: number;
  emails: number;
}

/**
 * Capped, set-based batches: each batch is one short transaction (advisory lock, then one UPDATE ...
 * RETURNING feeding the outbox INSERT) over at most DUE_CONNECTIONS_BATCH connections, so 100,000 due
 * connections cost a few dozen round trips and no transaction holds its locks for long. A row's status
 * (or its reminder_sent_at) changes in the statement that writes its emails: a second run finds nothing,
 * and rows a user is editing at that moment (locked) are skipped, not waited for, and taken next tick.
 * The UPDATE finds its rows by `id = ANY (ARRAY(...))`, a primary key lookup per row: joined to the CTE
 * (`FROM due WHERE s.id = due.id`) the planner hashed the whole table (a sequential scan of every
 * connection) once per batch, about a third of each batch's time at 200,000 connections.
 */
@Injectable()
export class SqlDueConnections extends DueConnections {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async process(plan: DueConnectionsPlan): Promise<DueConnectionsOutcome> {
    const lanes = Array.from({ length: DUE_CONNECTIONS_LANES }, (_, lane) => this.runLane(plan, lane));
    return (await Promise.all(lanes)).reduce((total, lane) => ({
      ran: total.ran || lane.ran,
      expired: total.expired + lane.expired,
      reminded: total.reminded + lane.reminded,
      emails: total.emails + lane.emails,
    }));
  }

  /** Expiries, then reminders, a batch at a time, until a batch comes back short (nothing left for this lane). */
  private async runLane(plan: DueConnectionsPlan, lane: number): Promise<DueConnectionsOutcome> {
    const batch = plan.batchSize ?? DUE_CONNECTIONS_BATCH;
    const outcome: DueConnectionsOutcome = { ran: false, expired: 0, reminded: 0, emails: 0 };
    for (const [step, counter] of [
      [(limit: number) => this.expireBatch(plan, lane, limit), 'expired'],
      [(limit: number) => this.remindBatch(plan, lane, limit), 'reminded'],
    ] as const) {
      for (;;) {
        const done = await step(batch);
        // Another instance holds this lane: it carries on where this one stopped.
        if (!done.locked) return outcome;
        outcome.ran = true;
        outcome[counter] += done.touched;
        outcome.emails += done.emails;
        if (done.touched < batch) break;
      }
    }
    return outcome;
  }

  private expireBatch(plan: DueConnectionsPlan, lane: number, limit: number): Promise<BatchOutcome> {
    const params: unknown[] = [plan.now, limit, plan.now, plan.now];
    const kinds = emailRows(plan.expiredEmails, params);
    params.push(plan.now, plan.now);
    return this.inLockedTransaction(
      lane,
      `WITH due AS (
         SELECT id FROM sharing_connections WHERE status = 'active' AND expires_at <= ?
         ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED
       ), touched AS (
         UPDATE sharing_connections s SET status = 'expired', ended_at = ?, updated_at = ?
         WHERE s.id = ANY (ARRAY(SELECT id FROM due))
         RETURNING ${EMAIL_COLUMNS}
       ), emails AS (${EMAIL_SELECT('touched', kinds)} RETURNING 1)
       SELECT (SELECT count(*) FROM touched) AS touched, (SELECT count(*) FROM emails) AS emails`,
      reorder(params, 4, plan.expiredEmails.length),
    );
  }

  private remindBatch(plan: DueConnectionsPlan, lane: number, limit: number): Promise<BatchOutcome> {
    const params: unknown[] = [plan.now, plan.now, plan.reminderDays, limit, plan.now];
    const kinds = emailRows(plan.reminderEmails, params);
    params.push(plan.now, plan.now);
    return this.inLockedTransaction(
      lane,
      `WITH due AS (
         SELECT id FROM sharing_connections
         WHERE status = 'active' AND reminder_sent_at IS NULL
           AND expires_at > ? AND expires_at <= ?::timestamptz + make_interval(days => ?::int)
         ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED
       ), touched AS (
         UPDATE sharing_connections s SET reminder_sent_at = ?
         WHERE s.id = ANY (ARRAY(SELECT id FROM due))
         RETURNING ${EMAIL_COLUMNS}
       ), emails AS (${EMAIL_SELECT('touched', kinds)} RETURNING 1)
       SELECT (SELECT count(*) FROM touched) AS touched, (SELECT count(*) FROM emails) AS emails`,
      reorder(params, 5, plan.reminderEmails.length),
    );
  }

  private inLockedTransaction(lane: number, sql: string, params: unknown[]): Promise<BatchOutcome> {
    return this.em.fork().transactional(async (em) => {
      const [lock] = await em.execute<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_xact_lock(${LOCK_KEY}, ?::int) AS locked`,
        [lane],
      );
      if (!lock?.locked) return { locked: false, touched: 0, emails: 0 };
      const [counts] = await em.execute<Array<{ touched: string; emails: string }>>(sql, params);
      return { locked: true, touched: Number(counts?.touched ?? 0), emails: Number(counts?.emails ?? 0) };
    });
  }
}

/**
 * The SQL reads its placeholders as: the UPDATE's, then the outbox timestamps, then the VALUES rows
 * (they come last in the INSERT ... SELECT ... FROM ... CROSS JOIN (VALUES ...)). The params were
 * collected as UPDATE, VALUES, timestamps; put them in reading order.
 */
function reorder(params: unknown[], updateCount: number, emailCount: number): unknown[] {
  const update = params.slice(0, updateCount);
  const values = params.slice(updateCount, updateCount + emailCount * 3);
  const stamps = params.slice(updateCount + emailCount * 3);
  return [...update, ...stamps, ...values];
}
