import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Staff link a pending registration to the candidate record they found for it, which activates it. */
export class ApproveRegistration extends Command<{
  accountId: string;
  status: 'active';
  candidateNumber: string;
}> {
  constructor(
    readonly accountId: string,
    readonly candidateNumber: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
