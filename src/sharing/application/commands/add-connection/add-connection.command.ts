import { Command } from '@nestjs/cqrs';
import { PermissionInput, ThirdPartyInput } from '../../connection-input';

/** A candidate shares documents with a third party (or updates the live connection with that email). */
export class AddConnection extends Command<{ connectionId: string; created: boolean }> {
  constructor(
    readonly candidateAccountId: string,
    readonly thirdParty: ThirdPartyInput,
    readonly expiresAt: Date | null,
    readonly permissions: PermissionInput[],
  ) {
    super();
  }
}
