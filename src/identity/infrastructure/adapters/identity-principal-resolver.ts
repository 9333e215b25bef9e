import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../shared/domain';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { PrincipalResolver } from '../../../shared/web/authentication/principal-resolver';
import { SessionLogin } from '../../../shared/web/authentication/session-login';
import { Account } from '../../domain/account';
import { hashSecretToken } from '../../domain/secret-token';
import { AccountSchema } from '../persistence/account.schema';
import { AccessTokenSchema } from '../persistence/token.schemas';

/**
 * Identity's answer to "who is this?" for every request: one primary-key read per request. Only an
 * active, verified account gets a principal; a session that began before the last password change,
 * and a revoked or expired token, get none.
 */
@Injectable()
export class IdentityPrincipalResolver extends PrincipalResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async fromSession(login: SessionLogin): Promise<AuthenticatedPrincipal | null> {
    const account = await this.em.fork().findOne(AccountSchema, { id: login.accountId });
    if (!account || !canAct(account) || login.authenticatedAt < account.sessionsValidAfter.getTime())
      return null;
    return principal(account, 'session', null);
  }

  async fromBearerToken(token: string): Promise<AuthenticatedPrincipal | null> {
    const em = this.em.fork();
    const accessToken = await em.findOne(AccessTokenSchema, { tokenHash: hashSecretToken(token) });
    if (!accessToken || !accessToken.isUsable(this.clock.now())) return null;
    const account = await em.findOne(AccountSchema, { id: accessToken.accountId });
    if (!account || !canAct(account)) return null;
    return principal(account, 'token', accessToken.id);
  }
}

function canAct(account: Account): boolean {
  return account.status === 'active' && account.emailVerifiedAt !== null;
}

function principal(
  account: Account,
  via: 'session' | 'token',
  tokenId: string | null,
): AuthenticatedPrincipal {
  return {
    accountId: account.id,
    role: account.role,
    displayName: account.displayName(),
    email: account.email,
    via,
    tokenId,
  };
}
