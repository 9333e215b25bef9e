import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { FaqEntryNotFoundError } from '../../../domain/faq-entry';
import { FaqEntryRepository } from '../../../domain/faq-entry.repository';
import { makeRoomAt } from '../faq-positions';
import { ReviseFaqEntry } from './revise-faq-entry.command';

@CommandHandler(ReviseFaqEntry)
export class ReviseFaqEntryHandler implements ICommandHandler<ReviseFaqEntry> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly entries: FaqEntryRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ id, input, actor }: ReviseFaqEntry): Promise<void> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const entry = await this.entries.byId(id);
      if (!entry) throw new FaqEntryNotFoundError();
      entry.revise(
        { question: input.question, answer: input.answer, published: input.published ?? entry.published },
        now,
      );
      if (input.position !== undefined && input.position !== entry.position) {
        const from = entry.position;
        entry.moveTo(input.position, now);
        await makeRoomAt(this.entries, input.position, from, now);
      }
      await this.entries.save(entry);
      this.audit.record({
        actorId: actor.accountId,
        action: 'support.faq-entry-revised',
        targetType: 'faq-entry',
        targetId: entry.id,
        ip: actor.ip,
      });
    });
  }
}
