import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditLog, RequestActor } from '../../../../shared/application/audit-log';
import { Clock } from '../../../../shared/domain';
import { AccessToken, AccessTokenRepository } from '../../../domain/access-token';
import { Account } from '../../../domain/account';
import { IssuedAccessToken } from '../views/issued-access-token';

export interface PreparedAccessToken {
  accessToken: AccessToken;
  audit: AuditEntry;
  /** What the caller is given: the token itself is shown once and never stored. */
  issued: IssuedAccessToken;
}

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
    const { accessToken, audit, issued } = this.prepare(account, actor);
    await this.tokens.add(accessToken);
    this.audit.record(audit);
    return issued;
  }

  /** A new token with its audit entry, for a caller that writes them itself (a login writes both at once). */
  prepare(account: Account, actor: RequestActor): PreparedAccessToken {
    const { accessToken, token } = AccessToken.issue(account.id, this.clock.now());
    return {
      accessToken,
      audit: {
        actorId: account.id,
        action: 'identity.token-issued',
        targetType: 'access-token',
        targetId: accessToken.id,
        ip: actor.ip,
      },
      issued: { accessToken: token, expiresAt: accessToken.expiresAt, role: account.role },
    };
  }
}
