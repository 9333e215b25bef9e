import { EntityDictionary } from '@mikro-orm/core';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Connection, LIVE_STATUSES } from '../../domain/connection';
import { ConnectionPage, ConnectionRepository } from '../../domain/connection.repository';
import { asConnection, asConnections, ConnectionSchema, ConnectionState } from './connection.schema';
import { plainEntity } from '../../../shared/infrastructure/database/mapped-rows';
import { DatabaseChanges } from '../../../shared/infrastructure/database/database-changes';
import { KeptUntilChanged } from '../../../shared/infrastructure/database/kept-until-changed';
import { isInTransaction } from '../../../shared/infrastructure/database/lazy-request-context';
import { isUuid } from '../../../shared/infrastructure/database/uuid';

/** The topic of the triggers that announce a change to a connection (migration 20261207110000). */
export const CONNECTION_CHANGES_TOPIC = 'sharing.connection';

/** A row of sharing_connections as the driver gives it; the schema maps the rest. */
type ConnectionRow = EntityDictionary<ConnectionState> & { third_party_account_id: string | null };

@Injectable()
export class MikroOrmConnectionRepository extends ConnectionRepository {
  /** The rows third parties read, by connection id. */
  private readonly keptForThirdParties: KeptUntilChanged<ConnectionRow>;

  constructor(
    private readonly em: EntityManager,
    changes: DatabaseChanges,
  ) {
    super();
    this.keptForThirdParties = new KeptUntilChanged(changes, CONNECTION_CHANGES_TOPIC);
  }

  add(connection: Connection): void {
    this.em.persist(connection);
  }

  async byId(connectionId: string): Promise<Connection | null> {
    if (!isUuid(connectionId)) return null;
    return asConnection(await this.em.findOne(ConnectionSchema, { _id: connectionId }));
  }

  async findOwnedBy(candidateAccountId: string, connectionId: string): Promise<Connection | null> {
    // A malformed id is simply not found (and must not reach Postgres as a bad uuid).
    if (!isUuid(connectionId)) return null;
    return asConnection(
      await this.em.findOne(ConnectionSchema, { _id: connectionId, _candidateAccountId: candidateAccountId }),
    );
  }

  async findForThirdParty(thirdPartyAccountId: string, connectionId: string): Promise<Connection | null> {
    if (!isUuid(connectionId)) return null;
    // Every view and download of a third party starts here: the row is kept until the database says it
    // changed (ADR 0031), and each read gets a Connection of its own, built from a copy of it.
    const read = async () => {
      const [found] = await this.em.execute<ConnectionRow[]>(
        'SELECT * FROM sharing_connections WHERE id = ?',
        [connectionId],
      );
      return found ?? null;
    };
    // Inside a transaction the read may see that transaction's own uncommitted change, which nothing
    // would announce if it rolled back: such a read is served, never kept.
    const row = isInTransaction(this.em)
      ? await read()
      : await this.keptForThirdParties.get(connectionId, read);
    if (!row || row.third_party_account_id !== thirdPartyAccountId) return null;
    return asConnection(plainEntity(this.em, ConnectionSchema, structuredClone(row)));
  }

  async lockPair(candidateAccountId: string, thirdPartyEmail: string): Promise<void> {
    await this.em.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [
      `sharing.pair:${candidateAccountId}:${thirdPartyEmail.toLowerCase()}`,
    ]);
  }

  async lockAndCountInvitationsSince(candidateAccountId: string, since: Date): Promise<number> {
    await this.em.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [
      `sharing.invitations:${candidateAccountId}`,
    ]);
    // A candidate's share is approved the moment it is made; a third party's request (not the
    // candidate's invitation) is approved later or never.
    const rows = await this.em.execute<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM sharing_connections
        WHERE candidate_account_id = ? AND created_at > ? AND approved_at = created_at`,
      [candidateAccountId, since],
    );
    return Number(rows[0]?.count ?? 0);
  }

  async findLive(candidateAccountId: string, thirdPartyEmail: string): Promise<Connection | null> {
    return asConnection(
      await this.em.findOne(ConnectionSchema, {
        _candidateAccountId: candidateAccountId,
        _thirdPartyEmail: thirdPartyEmail.toLowerCase(),
        _status: { $in: [...LIVE_STATUSES] },
      }),
    );
  }

  async listInvitedAt(thirdPartyEmail: string): Promise<Connection[]> {
    return asConnections(
      await this.em.find(ConnectionSchema, {
        _thirdPartyEmail: thirdPartyEmail.toLowerCase(),
        _status: 'invited',
      }),
    );
  }

  async allOfThirdParty(thirdPartyAccountId: string): Promise<Connection[]> {
    return asConnections(await this.em.find(ConnectionSchema, { _thirdPartyAccountId: thirdPartyAccountId }));
  }

  async allOfCandidate(candidateAccountId: string): Promise<Connection[]> {
    return asConnections(
      await this.em.find(
        ConnectionSchema,
        { _candidateAccountId: candidateAccountId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { _id: 'asc' } },
      ),
    );
  }

  async listForCandidate(
    candidateAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { _candidateAccountId: candidateAccountId },
      {
        orderBy: { _createdAt: 'desc', _id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items: asConnections(items), total };
  }

  async listByCandidateNumber(
    candidateNumber: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { _candidateNumber: candidateNumber.trim().toUpperCase() },
      {
        orderBy: { _createdAt: 'desc', _id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items: asConnections(items), total };
  }

  async listForThirdParty(
    thirdPartyAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { _thirdPartyAccountId: thirdPartyAccountId },
      {
        orderBy: { _createdAt: 'desc', _id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items: asConnections(items), total };
  }
}
