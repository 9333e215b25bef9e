import { Query } from '@nestjs/cqrs';

/** The candidate number behind a logged-in account (Identity keeps the link); null when none is linked. */
export class GetCandidateNumber extends Query<string | null> {
  constructor(
    readonly accountId: string,
    /** Already known when the principal was resolved from the account on this request. */
    readonly known?: string | null,
  ) {
    super();
  }
}
