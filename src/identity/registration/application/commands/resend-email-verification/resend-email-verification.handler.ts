import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmailVerificationResender } from '../../../../application/services/email-verification-resender';
import { ResendEmailVerification } from './resend-email-verification.command';

@CommandHandler(ResendEmailVerification)
export class ResendEmailVerificationHandler implements ICommandHandler<ResendEmailVerification> {
  constructor(private readonly resender: EmailVerificationResender) {}

  execute({ email }: ResendEmailVerification): Promise<void> {
    return this.resender.resendTo(email);
  }
}
