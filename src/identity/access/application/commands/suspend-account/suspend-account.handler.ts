import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { SuspendAccount } from './suspend-account.command';

@CommandHandler(SuspendAccount)
export class SuspendAccountHandler implements ICommandHandler<SuspendAccount> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, actor }: SuspendAccount): Promise<{ accountId: string; status: 'suspended' }> {
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
      account.suspend(this.clock.now());
      await this.accounts.save(account);
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.account-suspended',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return { accountId: account.id, status: 'suspended' as const };
    });
  }
}
