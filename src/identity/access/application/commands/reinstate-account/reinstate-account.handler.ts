import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { ReinstateAccount } from './reinstate-account.command';

@CommandHandler(ReinstateAccount)
export class ReinstateAccountHandler implements ICommandHandler<ReinstateAccount> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, actor }: ReinstateAccount): Promise<{ accountId: string; status: 'active' }> {
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
      account.reinstate(this.clock.now());
      await this.accounts.save(account);
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.account-reinstated',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return { accountId: account.id, status: 'active' as const };
    });
  }
}
