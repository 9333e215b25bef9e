import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import type { FaqEntryInput } from '../../views/faq-entry-input';

/** Staff change an entry's question, answer, order or whether it is shown. */
export class ReviseFaqEntry extends Command<void> {
  constructor(
    readonly id: string,
    readonly input: FaqEntryInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
