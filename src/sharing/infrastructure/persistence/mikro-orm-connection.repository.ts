import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Connection, LIVE_STATUSES } from '../../domain/connection';
import { ConnectionPage, ConnectionRepository } from '../../domain/connection.repository';
import { ConnectionSchema } from './connection.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class MikroOrmConnectionRepository extends ConnectionRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  add(connection: Connection): void {
    this.em.persist(connection);
  }

  async byId(connectionId: string): Promise<Connection | null> {
    if (!UUID.test(connectionId)) return null;
    return this.em.findOne(ConnectionSchema, { id: connectionId });
  }

  async findOwnedBy(candidateAccountId: string, connectionId: string): Promise<Connection | null> {
    // A malformed id is simply not found (and must not reach Postgres as a bad uuid).
    if (!UUID.test(connectionId)) return null;
    return this.em.findOne(ConnectionSchema, { id: connectionId, candidateAccountId });
  }

  async findForThirdParty(thirdPartyAccountId: string, connectionId: string): Promise<Connection | null> {
    if (!UUID.test(connectionId)) return null;
    return this.em.findOne(ConnectionSchema, { id: connectionId, thirdPartyAccountId });
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

  findLive(candidateAccountId: string, thirdPartyEmail: string): Promise<Connection | null> {
    return this.em.findOne(ConnectionSchema, {
      candidateAccountId,
      thirdPartyEmail: thirdPartyEmail.toLowerCase(),
      status: { $in: [...LIVE_STATUSES] },
    });
  }

  listInvitedAt(thirdPartyEmail: string): Promise<Connection[]> {
    return this.em.find(ConnectionSchema, {
      thirdPartyEmail: thirdPartyEmail.toLowerCase(),
      status: 'invited',
    });
  }

  allOfThirdParty(thirdPartyAccountId: string): Promise<Connection[]> {
    return this.em.find(ConnectionSchema, { thirdPartyAccountId });
  }

  allOfCandidate(candidateAccountId: string): Promise<Connection[]> {
    return this.em.find(ConnectionSchema, { candidateAccountId });
  }

  async listForCandidate(
    candidateAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { candidateAccountId },
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items, total };
  }

  async listByCandidateNumber(
    candidateNumber: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { candidateNumber: candidateNumber.trim().toUpperCase() },
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items, total };
  }

  async listForThirdParty(
    thirdPartyAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage> {
    const [items, total] = await this.em.findAndCount(
      ConnectionSchema,
      { thirdPartyAccountId },
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      },
    );
    return { items, total };
  }
}
