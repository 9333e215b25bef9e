import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

export interface FaqEntryInput {
  question: string;
  /** Plain text or limited Markdown; rendered with raw HTML disabled and only safe links. */
  answer: string;
  /** 0 first; absent puts a new entry last and leaves an existing one where it is. */
  position?: number;
  published?: boolean;
}

/** Staff add a question to the FAQ. */
export class AddFaqEntry extends Command<{ id: string }> {
  constructor(
    readonly input: FaqEntryInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
