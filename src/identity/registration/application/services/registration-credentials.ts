import { Injectable } from '@nestjs/common';
import { cleanEmail, emailProblem } from '../../../domain/email-address';
import { PasswordHasher } from '../../../application/ports/password-hasher';
import { FieldProblem } from '../../../application/services/details-check';
import { PasswordPolicy } from '../../../application/services/password-policy';

/**
 * The first step of a web registration: the email address and password are checked at once, and the
 * password is hashed there, so the steps after it keep only the hash (never the password) in the session.
 * Whether the address is taken is not told here (no account enumeration).
 */
@Injectable()
export class RegistrationCredentials {
  constructor(
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
  ) {}

  async prepare(input: {
    email: string;
    password: string;
    confirmPassword: string;
    /** A hash from an earlier visit to this step: a blank password keeps it. */
    keptPasswordHash?: string;
  }): Promise<{ email: string; passwordHash: string } | { problems: FieldProblem[] }> {
    const problems: FieldProblem[] = [];
    const emailIssue = emailProblem(input.email);
    if (emailIssue) problems.push({ field: 'email', message: emailIssue });
    const email = cleanEmail(input.email);
    const keep = !input.password && !input.confirmPassword && input.keptPasswordHash;
    if (!keep) {
      const passwordIssue = input.password
        ? this.policy.problem(input.password, { usesSecondFactor: false, email })
        : 'Enter a password';
      if (passwordIssue) problems.push({ field: 'password', message: passwordIssue });
      else if (input.password !== input.confirmPassword)
        problems.push({ field: 'confirmPassword', message: 'The passwords do not match' });
    }
    if (problems.length > 0) return { problems };
    return { email, passwordHash: keep ? input.keptPasswordHash! : await this.hasher.hash(input.password) };
  }
}
