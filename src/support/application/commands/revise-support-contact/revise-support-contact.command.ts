import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

export interface SupportContactInput {
  email: string;
  telephone?: string | null;
  openingHours?: string | null;
  postalAddress?: string | null;
  /** Limited Markdown. */
  notes?: string | null;
}

/** Staff keep the Support page's contact details up to date. */
export class ReviseSupportContact extends Command<void> {
  constructor(
    readonly input: SupportContactInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
