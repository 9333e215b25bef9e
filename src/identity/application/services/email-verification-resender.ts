import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { Clock } from '../../../shared/domain';
import { AccountRepository } from '../../domain/account.repository';
import { cleanEmail } from '../../domain/email-address';
import { OneTimeToken, OneTimeTokenRepository } from '../../domain/one-time-token';
import { IdentityMailer } from './identity-mailer';

/**
 * Sends a fresh email-verification link, cancelling the outstanding ones. Asked for by the person
 * (ResendEmailVerification) and by a right password on an unverified account (LogIn).
 */
@Injectable()
export class EmailVerificationResender {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly mailer: IdentityMailer,
    private readonly clock: Clock,
  ) {}

  async resendTo(email: string): Promise<void> {
    const now = this.clock.now();
    await this.uow.run(async () => {
      const account = await this.accounts.byEmail(cleanEmail(email));
      if (
        !account ||
        account.emailVerifiedAt ||
        account.status === 'rejected' ||
        account.status === 'suspended'
      )
        return;
      await this.tokens.invalidateOutstanding(account.id, ['email_verification'], now);
      const verification = OneTimeToken.issue(account.id, 'email_verification', account.email, now);
      await this.tokens.add(verification.record);
      this.mailer.verifyEmail(account, verification.token);
    });
  }
}
