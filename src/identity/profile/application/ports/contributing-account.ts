/** The account another context contributes dashboard items or header counts for. */
export interface ContributingAccount {
  accountId: string;
  candidateNumber: string | null;
}
