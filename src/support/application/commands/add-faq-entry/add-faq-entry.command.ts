import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import { FaqEntryInput } from '../../views/faq-entry-input';

/** Staff add a question to the FAQ. */
export class AddFaqEntry extends Command<{ id: string }> {
  constructor(
    readonly input: FaqEntryInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
