import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { GetAccountForStaff, StaffAccountView } from './get-account-for-staff.query';

@QueryHandler(GetAccountForStaff)
export class GetAccountForStaffHandler implements IQueryHandler<GetAccountForStaff> {
  constructor(private readonly accounts: AccountRepository) {}

  async execute({ accountId }: GetAccountForStaff): Promise<StaffAccountView> {
    const account = await this.accounts.byId(accountId);
    if (!account || account.role === 'staff') throw new AccountNotFoundError();
    return {
      accountId: account.id,
      role: account.role,
      status: account.status,
      email: account.email,
      emailVerified: account.emailVerifiedAt !== null,
      pendingEmail: account.pendingEmail,
      firstName: account.firstName,
      surname: account.surname,
      telephone: account.telephone,
      mobile: account.mobile,
      dateOfBirth: account.dateOfBirth,
      company: account.company,
      candidateNumber: account.candidateNumber,
      claimedCandidateNumber: account.claimedCandidateNumber,
      social: account.social,
      registeredAt: account.createdAt,
      activatedAt: account.activatedAt,
      lastLoginAt: account.lastLoginAt,
    };
  }
}
