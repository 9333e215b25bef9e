import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EmailNotVerifiedError, InvalidCredentialsError } from '../../../../domain/identity.errors';
import { normalisePassword, MAX_PASSWORD_LENGTH } from '../../../../domain/password-rules';
import { PasswordHasher } from '../../../../application/ports/password-hasher';
import { LogIn } from './log-in.command';
import { LoginResult } from '../../views/login-result';
import { EmailVerificationResender } from '../../../../application/services/email-verification-resender';
import { LoginGuard } from '../../../../application/services/login-guard';
import { AccessTokenIssuer } from '../../services/access-token-issuer';

@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn> {
  /** Verified against when the address has no account, so both answers take as long. */
  private decoyHash?: Promise<string>;

  constructor(
    private readonly hasher: PasswordHasher,
    private readonly guard: LoginGuard,
    private readonly emailVerification: EmailVerificationResender,
    private readonly tokens: AccessTokenIssuer,
  ) {}

  async execute({ input, actor }: LogIn): Promise<LoginResult> {
    // One read for both: a locked key is refused before any hashing, known address or not.
    const { account, attempts } = await this.guard.lookUp(input.email);
    const { key } = attempts;
    const password = normalisePassword(input.password);
    // Passwords are never truncated; absurdly long input is simply wrong (and not worth hashing).
    const plausible = [...password].length <= MAX_PASSWORD_LENGTH;
    let passwordRight = false;
    if (account?.passwordHash && plausible)
      passwordRight = await this.hasher.verify(account.passwordHash, password);
    else if (plausible) await this.hasher.verify(await this.decoy(), password);
    if (!account || !passwordRight) {
      await this.guard.recordFailure(key, account?.id ?? null, 'password', actor);
      throw new InvalidCredentialsError();
    }

    try {
      account.assertCanLogIn();
    } catch (error) {
      // The password was right, so the owner is at the keyboard: send a fresh confirmation link.
      if (error instanceof EmailNotVerifiedError) await this.emailVerification.resendTo(account.email);
      throw error;
    }

    const base = { accountId: account.id, role: account.role, displayName: account.displayName() };
    if (account.usesSecondFactor()) {
      if (!input.totp) {
        // The count is not reset yet: only a right code completes the login.
        if (!account.totpEnrolledAt) return { ...base, secondFactor: 'enrolment' };
        return { ...base, secondFactor: 'required' };
      }
      await this.guard.checkSecondFactor(account, input.totp, key, actor);
    }
    const rehash = this.hasher.needsRehash(account.passwordHash!)
      ? await this.hasher.hash(password)
      : undefined;
    const token = input.issueToken ? this.tokens.prepare(account, actor) : undefined;
    await this.guard.succeed(account, attempts, actor, { rehash, token });
    return { ...base, secondFactor: 'none', ...(token ? { token: token.issued } : {}) };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash('decoy password for unknown addresses');
    return this.decoyHash;
  }
}
