/** Absolute links put in emails (built from the configured public URL). */
export abstract class IdentityLinks {
  abstract login(): string;
  abstract verifyEmail(token: string): string;
  abstract resetPassword(token: string): string;
  abstract staffInvitation(token: string): string;
  abstract forgottenPassword(): string;
}
