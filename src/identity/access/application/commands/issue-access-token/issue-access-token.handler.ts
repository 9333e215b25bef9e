import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { AccessTokenIssuer } from '../../services/access-token-issuer';
import { IssuedAccessToken } from '../../views/issued-access-token';
import { IssueAccessToken } from './issue-access-token.command';

@CommandHandler(IssueAccessToken)
export class IssueAccessTokenHandler implements ICommandHandler<IssueAccessToken> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly issuer: AccessTokenIssuer,
  ) {}

  async execute({ accountId, actor }: IssueAccessToken): Promise<IssuedAccessToken> {
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
      return this.issuer.issue(account, actor);
    });
  }
}
