import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { FaqEntryNotFoundError } from '../../../domain/faq-entry';
import { FaqEntryRepository } from '../../../domain/faq-entry.repository';
import { RemoveFaqEntry } from './remove-faq-entry.command';

@CommandHandler(RemoveFaqEntry)
export class RemoveFaqEntryHandler implements ICommandHandler<RemoveFaqEntry> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly entries: FaqEntryRepository,
    private readonly audit: AuditLog,
  ) {}

  execute({ id, actor }: RemoveFaqEntry): Promise<void> {
    return this.uow.run(async () => {
      const entry = await this.entries.byId(id);
      if (!entry) throw new FaqEntryNotFoundError();
      await this.entries.remove(entry);
      // The question is kept in the trail (it was public text), so what went is known.
      this.audit.record({
        actorId: actor.accountId,
        action: 'support.faq-entry-removed',
        targetType: 'faq-entry',
        targetId: id,
        ip: actor.ip,
        details: { question: entry.question },
      });
    });
  }
}
