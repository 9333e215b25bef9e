import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { JobQueue } from '../../../../shared/application/job-queue';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { RetryDeadLetter } from './retry-dead-letter.command';

@CommandHandler(RetryDeadLetter)
export class RetryDeadLetterHandler implements ICommandHandler<RetryDeadLetter> {
  constructor(
    private readonly jobs: JobQueue,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  async execute({ jobId, actor }: RetryDeadLetter): Promise<void> {
    // The queue is not transactional: act first, so only what happened is recorded.
    await this.jobs.retryDeadLetter(jobId);
    await this.uow.run(async () => {
      this.audit.record({
        actorId: actor.accountId,
        action: 'platform.job-retried',
        targetType: 'job',
        targetId: jobId,
        ip: actor.ip,
      });
    });
  }
}
