import { Injectable } from '@nestjs/common';
import { AuditLog, RequestActor } from '../../../../shared/application/audit-log';
import { Clock } from '../../../../shared/domain';
import { AccessToken, AccessTokenRepository } from '../../../domain/access-token';
import { Account } from '../../../domain/account';
import { IssuedAccessToken } from '../views/issued-access-token';

/**
 * Issues an API bearer token and audits it, inside the caller's unit of work: an API login issues its
 * token in the same transaction that records the login.
 */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly tokens: AccessTokenRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async issue(account: Account, actor: RequestActor): Promise<IssuedAccessToken> {
    const { accessToken, token } = AccessToken.issue(account.id, this.clock.now());
    await this.tokens.add(accessToken);
    this.audit.record({
      actorId: account.id,
      action: 'identity.token-issued',
      targetType: 'access-token',
      targetId: accessToken.id,
      ip: actor.ip,
    });
    return { accessToken: token, expiresAt: accessToken.expiresAt, role: account.role };
  }
}
