import { Command } from '@nestjs/cqrs';
import { PermissionInput } from '../../connection-input';

/** The candidate says yes to a third party's request, choosing documents and (optionally) the expiry. */
export class ApproveConnection extends Command<void> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
    readonly permissions: PermissionInput[],
    readonly expiresAt: Date | null,
  ) {
    super();
  }
}
