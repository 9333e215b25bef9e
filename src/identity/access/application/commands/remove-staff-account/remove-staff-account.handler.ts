import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { AccountRepository } from '../../../../domain/account.repository';
import {
  AccountNotFoundError,
  CannotRemoveSelfError,
  LastStaffMemberError,
} from '../../../../domain/identity.errors';
import { RemoveStaffAccount } from './remove-staff-account.command';

@CommandHandler(RemoveStaffAccount)
export class RemoveStaffAccountHandler implements ICommandHandler<RemoveStaffAccount> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly audit: AuditLog,
  ) {}

  execute({ accountId, actor }: RemoveStaffAccount): Promise<void> {
    return this.uow.run(async () => {
      if (accountId === actor.accountId) throw new CannotRemoveSelfError();
      const staffCount = await this.accounts.lockStaffCount();
      const account = await this.accounts.byId(accountId);
      if (!account || account.role !== 'staff') throw new AccountNotFoundError();
      if (staffCount <= 1) throw new LastStaffMemberError();
      // Deleting the row ends its sessions (no principal without an account) and its tokens (cascade).
      await this.accounts.remove(account);
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.staff-account-removed',
        targetType: 'account',
        targetId: accountId,
        ip: actor.ip,
        details: { email: account.email },
      });
    });
  }
}
