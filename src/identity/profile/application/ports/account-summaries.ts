import { AccountSummary } from '../views/account-summary';

/**
 * Account summaries read straight from storage. A read model, not the repository: a third party's every
 * view of a connection asks for the candidate's, and loading Account aggregates for it cost the ORM's
 * whole query path (about 0.4 ms of CPU a call, where one plain statement costs about 0.15).
 */
export abstract class AccountSummaries {
  /** Accounts with any of these ids or (lower-cased) email addresses; a malformed id matches nothing. */
  abstract find(by: { ids: string[]; emails: string[] }): Promise<AccountSummary[]>;
}
