import { Injectable } from '@nestjs/common';
import { PasswordRejectedError } from '../../domain/identity.errors';
import { normalisePassword, passwordLengthProblem } from '../../domain/password-rules';
import { CommonPasswordList } from '../ports/common-password-list';

/** The whole password rule: length (domain) plus "not a known common password" and "not your email address". */
@Injectable()
export class PasswordPolicy {
  constructor(private readonly common: CommonPasswordList) {}

  /** Why the password cannot be used, or undefined. */
  problem(password: string, context: { usesSecondFactor: boolean; email?: string }): string | undefined {
    const lengthProblem = passwordLengthProblem(password, context.usesSecondFactor);
    if (lengthProblem) return lengthProblem;
    const normalised = normalisePassword(password);
    if (this.common.contains(normalised))
      return 'This password is too common: attackers try it first. Choose another.';
    if (context.email && normalised.trim().toLowerCase() === context.email.toLowerCase()) {
      return 'Your password must not be your email address';
    }
    return undefined;
  }

  assertAcceptable(
    password: string,
    context: { usesSecondFactor: boolean; email?: string },
    field = 'password',
  ): void {
    const problem = this.problem(password, context);
    if (problem) throw new PasswordRejectedError(problem, field);
  }
}
