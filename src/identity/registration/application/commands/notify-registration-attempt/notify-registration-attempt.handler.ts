import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { AccountRepository } from '../../../../domain/account.repository';
import { cleanEmail } from '../../../../domain/email-address';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { NotifyRegistrationAttempt } from './notify-registration-attempt.command';

@CommandHandler(NotifyRegistrationAttempt)
export class NotifyRegistrationAttemptHandler implements ICommandHandler<NotifyRegistrationAttempt> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly mailer: IdentityMailer,
  ) {}

  async execute({ email }: NotifyRegistrationAttempt): Promise<void> {
    await this.uow.run(async () => {
      const account = await this.accounts.byEmail(cleanEmail(email));
      if (account) this.mailer.registrationAttemptOnExistingAccount(account);
    });
  }
}
