// An email address identifies one account. It is compared case-insensitively, so it is stored lower-cased.

export const MAX_EMAIL_LENGTH = 254;

// Deliberately simple: one @, something either side, a dot in the domain, no spaces. The link we send
// proves the address; a strict grammar would only refuse real addresses.
const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function cleanEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function emailProblem(value: string): string | undefined {
  const email = cleanEmail(value);
  if (email.length === 0) return 'Enter your email address';
  if (email.length > MAX_EMAIL_LENGTH || !SHAPE.test(email))
    return 'Enter an email address like name@example.com';
  return undefined;
}
