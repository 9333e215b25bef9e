import { Account, AccountStatus } from './account';

export abstract class AccountRepository {
  abstract byId(id: string): Promise<Account | null>;

  abstract byEmail(email: string): Promise<Account | null>;

  abstract emailTaken(email: string): Promise<boolean>;

  /** The id of the account linked to a candidate record, if any. */
  abstract linkedTo(candidateRecordId: string): Promise<string | null>;

  /** Writes a new account now, so a duplicate email or record link fails here (EmailTakenError, CandidateRecordAlreadyLinkedError). */
  abstract add(account: Account): Promise<void>;

  /** Writes the account's changes now, with the same translation of uniqueness failures as add. */
  abstract save(account: Account): Promise<void>;

  abstract listByStatus(
    status: AccountStatus,
    page: number,
    pageSize: number,
  ): Promise<{ items: Account[]; total: number }>;

  abstract count(): Promise<number>;

  /** Every staff account, by name. */
  abstract listStaff(): Promise<Account[]>;

  /**
   * Locks every staff account until the transaction ends and answers how many there are, so two
   * colleagues removing each other at once cannot leave no staff at all.
   */
  abstract lockStaffCount(): Promise<number>;

  /**
   * Records a TOTP time step as used, atomically: true for exactly one of any number of concurrent
   * claims of the same step, false when this step or a later one was already used.
   */
  abstract claimSecondFactorStep(accountId: string, step: number): Promise<boolean>;

  /** Deletes the account now (its tokens and addresses go with it). */
  abstract remove(account: Account): Promise<void>;
}
