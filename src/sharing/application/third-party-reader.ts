/** The signed-in third party reading through its connections (matched by its verified email address). */
export interface ThirdPartyReader {
  accountId: string;
  email: string;
  displayName: string;
}
