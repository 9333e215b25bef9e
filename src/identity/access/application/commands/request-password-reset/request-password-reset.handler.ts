import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Outbox } from '../../../../../shared/application/outbox';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { cleanEmail, emailProblem } from '../../../../domain/email-address';
import {
  PASSWORD_RESET_TOPIC,
  PasswordResetJob,
  RequestPasswordReset,
} from './request-password-reset.command';

/**
 * Answers at once and does the same work for every address: one outbox row. Looking the account up,
 * issuing the token and emailing it happen afterwards in a job (`IssuePasswordReset`), so neither the
 * answer nor its timing tells whether the address has an account (ASVS V6.4 / finding 12).
 */
@CommandHandler(RequestPasswordReset)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordReset> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  async execute({ email, actor }: RequestPasswordReset): Promise<void> {
    if (emailProblem(email)) return;
    const payload: PasswordResetJob = { email: cleanEmail(email), ip: actor.ip };
    await this.uow.run(async () => this.outbox.add({ topic: PASSWORD_RESET_TOPIC, payload }));
  }
}
