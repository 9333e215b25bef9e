import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccessTokenRepository } from '../../../../domain/access-token';
import { hashSecretToken } from '../../../../domain/secret-token';
import { RevokeAccessToken } from './revoke-access-token.command';

@CommandHandler(RevokeAccessToken)
export class RevokeAccessTokenHandler implements ICommandHandler<RevokeAccessToken> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: AccessTokenRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ token, actor }: RevokeAccessToken): Promise<void> {
    await this.uow.run(async () => {
      const accessToken = await this.tokens.byHash(hashSecretToken(token));
      if (!accessToken || accessToken.revokedAt) return;
      accessToken.revoke(this.clock.now());
      await this.tokens.save(accessToken);
      this.audit.record({
        actorId: accessToken.accountId,
        action: 'identity.token-revoked',
        targetType: 'access-token',
        targetId: accessToken.id,
        ip: actor.ip,
      });
    });
  }
}
