/** The signed-in third party reading through its connections (bound to its account, not its email address). */
export interface ThirdPartyReader {
  accountId: string;
  email: string;
  displayName: string;
}
