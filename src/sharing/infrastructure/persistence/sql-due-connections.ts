import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SEND_EMAIL_TOPIC } from '../../../shared/application/email-outbox';
import {
  DueConnections,
  DueConnectionsOutcome,
  DueConnectionsPlan,
  DueEmail,
} from '../../application/ports/due-connections';

/** The advisory lock of the expiry job: a tick runs on one instance only. */
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

/**
 * Two statements in one transaction, each an UPDATE ... RETURNING feeding an INSERT into the outbox,
 * so 10,000 due connections cost the same few round trips as one. The row's status (or its
 * reminder_sent_at) changes in the statement that writes its emails: a second run finds nothing.
 */
@Injectable()
export class SqlDueConnections extends DueConnections {
  constructor(private readonly em: EntityManager) {
    super();
  }

  process(plan: DueConnectionsPlan): Promise<DueConnectionsOutcome> {
    return this.em.fork().transactional(async (em) => {
      const [lock] = await em.execute<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`,
      );
      if (!lock?.locked) return { ran: false, expired: 0, reminded: 0, emails: 0 };

      const expireParams: unknown[] = [plan.now, plan.now, plan.now];
      const expireKinds = emailRows(plan.expiredEmails, expireParams);
      expireParams.push(plan.now, plan.now);
      const [expired] = await em.execute<Array<{ touched: string; emails: string }>>(
        `WITH touched AS (
           UPDATE sharing_connections SET status = 'expired', ended_at = ?, updated_at = ?
           WHERE status = 'active' AND expires_at <= ?
           RETURNING *
         ), emails AS (${EMAIL_SELECT('touched', expireKinds)} RETURNING 1)
         SELECT (SELECT count(*) FROM touched) AS touched, (SELECT count(*) FROM emails) AS emails`,
        reorder(expireParams, 3, plan.expiredEmails.length),
      );

      const remindParams: unknown[] = [plan.now, plan.now, plan.now, plan.reminderDays];
      const remindKinds = emailRows(plan.reminderEmails, remindParams);
      remindParams.push(plan.now, plan.now);
      const [reminded] = await em.execute<Array<{ touched: string; emails: string }>>(
        `WITH touched AS (
           UPDATE sharing_connections SET reminder_sent_at = ?
           WHERE status = 'active' AND reminder_sent_at IS NULL
             AND expires_at > ? AND expires_at <= ?::timestamptz + make_interval(days => ?::int)
           RETURNING *
         ), emails AS (${EMAIL_SELECT('touched', remindKinds)} RETURNING 1)
         SELECT (SELECT count(*) FROM touched) AS touched, (SELECT count(*) FROM emails) AS emails`,
        reorder(remindParams, 4, plan.reminderEmails.length),
      );

      return {
        ran: true,
        expired: Number(expired?.touched ?? 0),
        reminded: Number(reminded?.touched ?? 0),
        emails: Number(expired?.emails ?? 0) + Number(reminded?.emails ?? 0),
      };
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
