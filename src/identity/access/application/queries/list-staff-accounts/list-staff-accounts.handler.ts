import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { ListStaffAccounts, StaffMemberView } from './list-staff-accounts.query';

@QueryHandler(ListStaffAccounts)
export class ListStaffAccountsHandler implements IQueryHandler<ListStaffAccounts> {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(): Promise<StaffMemberView[]> {
    const staff = await this.accounts.listStaff();
    return staff.map((account) => ({
      accountId: account.id,
      email: account.email,
      firstName: account.firstName,
      surname: account.surname,
      setUp: account.passwordHash !== null && account.totpEnrolledAt !== null,
      lastLoginAt: account.lastLoginAt,
    }));
  }
}
