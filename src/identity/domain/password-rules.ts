// Password length rules (NIST SP 800-63B): long passphrases, no composition rules, no truncation.
// Whether a password is on the common-passwords list is checked by the application's PasswordPolicy.

/** Single-factor accounts (candidates, third parties). */
export const MIN_PASSWORD_LENGTH = 15;
/** Staff also prove a second factor (TOTP) at every login. */
export const MIN_PASSWORD_LENGTH_WITH_SECOND_FACTOR = 8;
export const MAX_PASSWORD_LENGTH = 256;

/** Compared and hashed in one Unicode form, so the same passphrase typed on another device still works. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in characters (code points), not UTF-16 units or bytes. */
export function passwordLength(password: string): number {
  return [...normalisePassword(password)].length;
}

export function passwordLengthProblem(password: string, hasSecondFactor: boolean): string | undefined {
  const minimum = hasSecondFactor ? MIN_PASSWORD_LENGTH_WITH_SECOND_FACTOR : MIN_PASSWORD_LENGTH;
  const length = passwordLength(password);
  if (length < minimum)
    return `Your password must be at least ${minimum} characters long. A few unrelated words make a good one.`;
  if (length > MAX_PASSWORD_LENGTH) return `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  return undefined;
}
