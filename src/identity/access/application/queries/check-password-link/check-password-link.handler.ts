import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { OneTimeTokenRepository, PASSWORD_LINK_PURPOSES } from '../../../../domain/one-time-token';
import { hashSecretToken } from '../../../../domain/secret-token';
import { CheckPasswordLink } from './check-password-link.query';

@QueryHandler(CheckPasswordLink)
export class CheckPasswordLinkHandler implements IQueryHandler<CheckPasswordLink> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: CheckPasswordLink): Promise<{ usable: boolean }> {
    if (!token) return { usable: false };
    // The same test ResetPassword makes before it changes anything; the link is not used up here.
    return this.uow.run(async () => {
      const record = await this.tokens.byHashForUpdate(hashSecretToken(token), PASSWORD_LINK_PURPOSES);
      if (!record || record.usedAt || record.expiresAt <= this.clock.now()) return { usable: false };
      return { usable: (await this.accounts.byId(record.accountId)) !== null };
    });
  }
}
