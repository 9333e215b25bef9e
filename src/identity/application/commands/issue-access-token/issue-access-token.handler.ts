import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { AccessToken, AccessTokenRepository } from '../../../domain/access-token';
import { Role } from '../../../domain/account';
import { AccountRepository } from '../../../domain/account.repository';
import { AccountNotFoundError } from '../../../domain/identity.errors';
import { IssueAccessToken } from './issue-access-token.command';

@CommandHandler(IssueAccessToken)
export class IssueAccessTokenHandler implements ICommandHandler<IssueAccessToken> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: AccessTokenRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    accountId,
    actor,
  }: IssueAccessToken): Promise<{ accessToken: string; expiresAt: Date; role: Role }> {
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
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
    });
  }
}
