import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { FaqEntry } from '../../../domain/faq-entry';
import { FaqEntryRepository } from '../../../domain/faq-entry.repository';
import { makeRoomAt } from '../faq-positions';
import { AddFaqEntry } from './add-faq-entry.command';

@CommandHandler(AddFaqEntry)
export class AddFaqEntryHandler implements ICommandHandler<AddFaqEntry> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly entries: FaqEntryRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ input, actor }: AddFaqEntry): Promise<{ id: string }> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const last = await this.entries.lastPosition();
      const entry = FaqEntry.create({
        id: newId(),
        position: last + 1,
        now,
        question: input.question,
        answer: input.answer,
        published: input.published ?? true,
      });
      if (input.position !== undefined && input.position !== entry.position) {
        entry.moveTo(input.position, now);
        await makeRoomAt(this.entries, input.position, last + 1, now);
      }
      await this.entries.add(entry);
      this.audit.record({
        actorId: actor.accountId,
        action: 'support.faq-entry-added',
        targetType: 'faq-entry',
        targetId: entry.id,
        ip: actor.ip,
      });
      return { id: entry.id };
    });
  }
}
