import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { SecondFactor } from '../../../../application/ports/second-factor';
import { GetSecondFactorEnrolment } from './get-second-factor-enrolment.query';

@QueryHandler(GetSecondFactorEnrolment)
export class GetSecondFactorEnrolmentHandler implements IQueryHandler<GetSecondFactorEnrolment> {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly secondFactor: SecondFactor,
  ) {}

  async execute({ accountId }: GetSecondFactorEnrolment): Promise<{ secret: string; uri: string } | null> {
    const account = await this.accounts.byId(accountId);
    if (!account || !account.usesSecondFactor() || account.totpEnrolledAt || !account.totpSecret) return null;
    return {
      secret: account.totpSecret,
      uri: this.secondFactor.enrolmentUri(account.email, account.totpSecret),
    };
  }
}
