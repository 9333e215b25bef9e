import { Command } from '@nestjs/cqrs';
import { PermissionInput } from '../../connection-input';

/** Add or remove documents of a connection (the whole new set). */
export class ChangeConnectionPermissions extends Command<void> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
    readonly permissions: PermissionInput[],
  ) {
    super();
  }
}
