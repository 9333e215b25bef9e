import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesJob, JobHandler } from '../../../../shared/application/job-handler';
import { IssuePasswordReset } from '../../application/commands/issue-password-reset/issue-password-reset.command';
import {
  PASSWORD_RESET_TOPIC,
  PasswordResetJob,
} from '../../application/commands/request-password-reset/request-password-reset.command';

/** Issues and emails the reset link after the request was answered (the worker opens the request context). */
@Injectable()
@HandlesJob(PASSWORD_RESET_TOPIC)
export class IssuePasswordResetJob implements JobHandler<PasswordResetJob> {
  constructor(private readonly commands: CommandBus) {}

  async handle({ email, ip }: PasswordResetJob): Promise<void> {
    await this.commands.execute(new IssuePasswordReset(email, { accountId: null, ip }));
  }
}
