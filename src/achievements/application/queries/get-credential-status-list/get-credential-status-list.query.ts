import { Query } from '@nestjs/cqrs';

/** A signed BitstringStatusListCredential (revocation), for anyone verifying a credential. */
export class GetCredentialStatusList extends Query<Record<string, unknown>> {
  constructor(readonly listId: number) {
    super();
  }
}
