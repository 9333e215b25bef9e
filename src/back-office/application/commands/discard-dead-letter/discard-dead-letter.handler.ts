import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { JobQueue } from '../../../../shared/application/job-queue';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { DiscardDeadLetter } from './discard-dead-letter.command';

@CommandHandler(DiscardDeadLetter)
export class DiscardDeadLetterHandler implements ICommandHandler<DiscardDeadLetter> {
  constructor(
    private readonly jobs: JobQueue,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  async execute({ jobId, actor }: DiscardDeadLetter): Promise<void> {
    // The queue is not transactional: act first, so only what happened is recorded.
    await this.jobs.discardDeadLetter(jobId);
    await this.uow.run(async () => {
      this.audit.record({
        actorId: actor.accountId,
        action: 'platform.job-discarded',
        targetType: 'job',
        targetId: jobId,
        ip: actor.ip,
      });
    });
  }
}
