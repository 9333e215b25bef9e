// The connections a web process keeps for third parties' reads (ADR 0031), on the real PostgreSQL: kept
// between requests, forgotten at once when this process changes them, as soon as it hears when another
// process does, and not announced for the two changes a kept copy already answers (a reminder, and the
// expiry job ending a connection whose expiry has passed). `other` stands for another process.
import { RequestContext } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CANDIDATE, SHAREABLE } from '../../../src/sharing/application/testing/in-memory-sharing';
import { Connection } from '../../../src/sharing/domain/connection';
import { ConnectionSchema } from '../../../src/sharing/infrastructure/persistence/connection.schema';
import {
  CONNECTION_CHANGES_TOPIC,
  MikroOrmConnectionRepository,
} from '../../../src/sharing/infrastructure/persistence/mikro-orm-connection.repository';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { ListeningDatabase, listeningDatabase } from '../../support/database-changes';
import { stateOf } from '../../support/orm';
import { statementsDuring } from '../../support/statements';

/** Columns whose change a kept copy answers by itself (the status has its own rule in the trigger). */
const NOT_WATCHED = ['id', 'status', 'ended_at', 'reminder_sent_at', 'updated_at'];

describe('kept connections', () => {
  let db: ListeningDatabase;
  let orm: MikroORM;
  let other: Client;
  let changes: DatabaseChanges;
  let readerEm: EntityManager;
  let connections: MikroOrmConnectionRepository;
  /** The connections whose change this process heard, in order. */
  const announced: string[] = [];

  beforeAll(async () => {
    db = await listeningDatabase([ConnectionSchema]);
    ({ orm, other, changes } = db);
    changes.subscribe(CONNECTION_CHANGES_TOPIC, {
      changed: (id) => announced.push(id),
      lost: () => undefined,
    });
    readerEm = orm.em.fork();
    connections = new MikroOrmConnectionRepository(readerEm, changes);
  });

  afterAll(async () => {
    await db?.close();
  });

  const heardEverythingSoFar = () => db.heardEverythingSoFar();

  /** A connection in force, shared with a new third party's account. */
  async function sharedConnection() {
    const thirdPartyAccountId = randomUUID();
    await other.query(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname,
         sessions_valid_after, created_at, updated_at)
       VALUES ($1, 'third_party', 'active', $2, now(), 'Ann', 'Hiring', now(), now(), now())`,
      [thirdPartyAccountId, `${thirdPartyAccountId}@employer.example`],
    );
    const connection = Connection.share({
      candidate: { ...CANDIDATE, accountId: randomUUID() },
      thirdParty: {
        firstName: 'Ann',
        surname: 'Hiring',
        email: `${thirdPartyAccountId}@employer.example`,
        company: 'Garage Ltd',
      },
      thirdPartyAccountId,
      expiresAt: new Date(Date.now() + 30 * 24 * 3600_000),
      permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
      shareable: SHAREABLE,
      now: new Date(),
    });
    await orm.em
      .fork()
      .transactional(async (em) => new MikroOrmConnectionRepository(em, changes).add(connection));
    return { id: connection.id, thirdPartyAccountId };
  }

  /** The statements a third party's read sends, and what it found. */
  const read = (thirdPartyAccountId: string, id: string) =>
    statementsDuring(() => connections.findForThirdParty(thirdPartyAccountId, id));

  it("keeps a third party's connection: the next read sends no statement, and gets an object of its own", async () => {
    const { id, thirdPartyAccountId } = await sharedConnection();
    const first = await read(thirdPartyAccountId, id);
    const second = await read(thirdPartyAccountId, id);

    expect(first.statements).toEqual(['SELECT * FROM']);
    expect(second.statements).toEqual([]);
    expect(stateOf(second.result!)).toEqual(stateOf(first.result!));
    expect(second.result!.isInForce(new Date())).toBe(true);
    expect(second.result).not.toBe(first.result);
    expect(second.result!.permissions).not.toBe(first.result!.permissions);
    expect(readerEm.getUnitOfWork().getIdentityMap().values()).toEqual([]);
  });

  it('gives a kept connection to no one but its third party', async () => {
    const { id, thirdPartyAccountId } = await sharedConnection();
    await read(thirdPartyAccountId, id);
    expect((await read(randomUUID(), id)).result).toBeNull();
  });

  it('keeps nothing read inside a transaction: a change that rolled back is never served', async () => {
    const { id, thirdPartyAccountId } = await sharedConnection();
    // The app's repository: on the global entity manager, which resolves the transaction it runs in.
    const inContext = new MikroOrmConnectionRepository(orm.em, changes);
    const rolledBack = new Error('rolled back');
    await RequestContext.create(orm.em, async () => {
      await expect(
        orm.em.transactional(async (em) => {
          await em.execute(`UPDATE sharing_connections SET permissions = '[]' WHERE id = ?`, [id]);
          const seen = await inContext.findForThirdParty(thirdPartyAccountId, id);
          expect(seen!.permissions).toEqual([]);
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);

      const after = await statementsDuring(() => inContext.findForThirdParty(thirdPartyAccountId, id));
      expect(after.statements).toEqual(['SELECT * FROM']);
      expect(after.result!.permissions).toHaveLength(1);
    });
  });

  it('forgets a connection this process ended before the command returns', async () => {
    const { id, thirdPartyAccountId } = await sharedConnection();
    await read(thirdPartyAccountId, id);
    await orm.em.fork().transactional(async (em) => {
      const owned = await new MikroOrmConnectionRepository(em, changes).byId(id);
      owned!.delete(new Date());
    });

    const after = await read(thirdPartyAccountId, id);
    expect(after.statements).toEqual(['SELECT * FROM']);
    expect(after.result!.isInForce(new Date())).toBe(false);
  });

  it('forgets a connection another process changed, once heard: permissions, expiry, deletion', async () => {
    for (const change of [
      `UPDATE sharing_connections SET permissions = '[]' WHERE id = $1`,
      `UPDATE sharing_connections SET expires_at = now() + interval '1 day' WHERE id = $1`,
      `DELETE FROM sharing_connections WHERE id = $1`,
    ]) {
      const { id, thirdPartyAccountId } = await sharedConnection();
      await read(thirdPartyAccountId, id);
      await other.query(change, [id]);
      await heardEverythingSoFar();
      expect(announced).toContain(id);
      expect((await read(thirdPartyAccountId, id)).statements).toEqual(['SELECT * FROM']);
    }
  });

  it('announces an early end, but not a reminder nor the expiry of a connection whose time has passed', async () => {
    const reminded = await sharedConnection();
    const expiredInTime = await sharedConnection();
    const endedEarly = await sharedConnection();
    await other.query(`UPDATE sharing_connections SET reminder_sent_at = now() WHERE id = $1`, [reminded.id]);
    await other.query(
      `UPDATE sharing_connections SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expiredInTime.id],
    );
    await heardEverythingSoFar();
    announced.length = 0;
    // As the expiry job writes it.
    const expire = `UPDATE sharing_connections SET status = 'expired', ended_at = now(), updated_at = now() WHERE id = $1`;
    await other.query(expire, [expiredInTime.id]);
    await other.query(expire, [endedEarly.id]);
    await other.query(`UPDATE sharing_connections SET reminder_sent_at = now() WHERE id = $1`, [reminded.id]);
    await heardEverythingSoFar();

    expect(announced).toEqual([endedEarly.id]);
    // What was not announced, a kept copy answers by itself: the expired one is refused by its clock.
    const kept = await read(expiredInTime.thirdPartyAccountId, expiredInTime.id);
    expect(kept.result!.isInForce(new Date())).toBe(false);
  });

  it('watches every column of sharing_connections, or names why not', async () => {
    const { rows: columns } = await other.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'sharing_connections'`,
    );
    const {
      rows: [{ definition }],
    } = await other.query<{ definition: string }>(
      `SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE tgname = 'sharing_connections_changed'`,
    );
    const unwatched = columns
      .map((c) => c.column_name)
      .filter((column) => !definition.includes(`old.${column}`) && !NOT_WATCHED.includes(column));
    expect(unwatched).toEqual([]);
  });
});
