import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { accountDetailsOf } from '../../../../application/views/account-details';
import { GetAccountForStaff, StaffAccountView } from './get-account-for-staff.query';

@QueryHandler(GetAccountForStaff)
export class GetAccountForStaffHandler implements IQueryHandler<GetAccountForStaff> {
  constructor(private readonly accounts: AccountRepository) {}

  async execute({ accountId }: GetAccountForStaff): Promise<StaffAccountView> {
    const account = await this.accounts.byId(accountId);
    if (!account || account.role === 'staff') throw new AccountNotFoundError();
    return {
      accountId: account.id,
      ...accountDetailsOf(account),
      claimedCandidateNumber: account.claimedCandidateNumber,
      social: account.social,
      registeredAt: account.createdAt,
      activatedAt: account.activatedAt,
      lastLoginAt: account.lastLoginAt,
    };
  }
}
