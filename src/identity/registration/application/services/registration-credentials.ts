import { Injectable } from '@nestjs/common';
import { cleanEmail, emailProblem } from '../../../domain/email-address';
import { PasswordHasher } from '../../../application/ports/password-hasher';
import { FieldProblem } from '../../../application/services/details-check';
import { PasswordPolicy } from '../../../application/services/password-policy';

/** A registration's password as it arrives: typed in, or hashed by an earlier web step. */
export interface RegistrationPassword {
  password?: string;
  passwordHash?: string;
}

/**
 * A registration's email address and password. `prepare` is the first step of a web registration: both
 * are checked at once and the password is hashed there, so the steps after it keep only the hash (never
 * the password) in the session; whether the address is taken is not told here (no account enumeration).
 * The registration commands then check and hash a password that no step hashed yet.
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

  /**
   * The password of a registration made in one request (the API, the last web step): checked against
   * the policy unless an earlier web step already hashed it (`passwordHash`).
   */
  problemWith(input: RegistrationPassword, email: string): FieldProblem | null {
    if (input.passwordHash !== undefined) return null;
    const problem = this.policy.problem(input.password ?? '', { usesSecondFactor: false, email });
    return problem ? { field: 'password', message: problem } : null;
  }

  /** The hash to store. Hashing is deliberately slow: call this before the transaction holds a connection. */
  async hashOf(input: RegistrationPassword): Promise<string> {
    return input.passwordHash ?? this.hasher.hash(input.password ?? '');
  }
}
