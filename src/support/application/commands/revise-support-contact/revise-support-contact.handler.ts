import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { SupportContact } from '../../../domain/support-contact';
import { SupportContactRepository } from '../../../domain/support-contact.repository';
import { ReviseSupportContact } from './revise-support-contact.command';

@CommandHandler(ReviseSupportContact)
export class ReviseSupportContactHandler implements ICommandHandler<ReviseSupportContact> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contacts: SupportContactRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ input, actor }: ReviseSupportContact): Promise<void> {
    return this.uow.run(async () => {
      const contact = (await this.contacts.get()) ?? SupportContact.fallback();
      contact.revise(input, this.clock.now());
      await this.contacts.save(contact);
      this.audit.record({
        actorId: actor.accountId,
        action: 'support.contact-revised',
        targetType: 'support-contact',
        targetId: '1',
        ip: actor.ip,
      });
    });
  }
}
