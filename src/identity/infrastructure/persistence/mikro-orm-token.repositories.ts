import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessToken, AccessTokenRepository } from '../../domain/access-token';
import { OneTimeToken, OneTimeTokenPurpose, OneTimeTokenRepository } from '../../domain/one-time-token';
import { AccessTokenSchema, OneTimeTokenSchema } from './token.schemas';

@Injectable()
export class MikroOrmAccessTokenRepository extends AccessTokenRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async add(token: AccessToken): Promise<void> {
    // Always inside a unit of work, whose commit writes it with the rest (the login's audit rows).
    this.em.persist(token);
  }

  byHash(tokenHash: string): Promise<AccessToken | null> {
    return this.em.findOne(AccessTokenSchema, { tokenHash });
  }

  async save(): Promise<void> {
    await this.em.flush();
  }

  async revokeAllFor(accountId: string, now: Date, exceptTokenId?: string | null): Promise<void> {
    await this.em.nativeUpdate(
      AccessTokenSchema,
      exceptTokenId
        ? { accountId, revokedAt: null, id: { $ne: exceptTokenId } }
        : { accountId, revokedAt: null },
      { revokedAt: now },
    );
  }
}

@Injectable()
export class MikroOrmOneTimeTokenRepository extends OneTimeTokenRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async add(token: OneTimeToken): Promise<void> {
    await this.em.persist(token).flush();
  }

  byHashForUpdate(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<OneTimeToken | null> {
    return this.em.findOne(
      OneTimeTokenSchema,
      { tokenHash, purpose: { $in: purposes } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(): Promise<void> {
    await this.em.flush();
  }

  async invalidateOutstanding(accountId: string, purposes: OneTimeTokenPurpose[], now: Date): Promise<void> {
    await this.em.nativeUpdate(
      OneTimeTokenSchema,
      { accountId, purpose: { $in: purposes }, usedAt: null },
      { usedAt: now },
    );
  }
}
