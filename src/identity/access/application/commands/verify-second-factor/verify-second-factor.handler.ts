import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { InvalidCredentialsError } from '../../../../domain/identity.errors';
import { loginAttemptKey } from '../../../../domain/login-lockout';
import { LoginResult } from '../../views/login-result';
import { LoginGuard } from '../../../../application/services/login-guard';
import { VerifySecondFactor } from './verify-second-factor.command';

@CommandHandler(VerifySecondFactor)
export class VerifySecondFactorHandler implements ICommandHandler<VerifySecondFactor> {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly guard: LoginGuard,
  ) {}

  async execute({ accountId, code, actor }: VerifySecondFactor): Promise<LoginResult> {
    const account = await this.accounts.byId(accountId);
    if (!account || !account.usesSecondFactor()) throw new InvalidCredentialsError();
    const key = loginAttemptKey(account.email);
    const attempts = await this.guard.assertNotLocked(key);
    account.assertCanLogIn();
    await this.guard.checkSecondFactor(account, code, key, actor);
    await this.guard.succeed(account, attempts, actor);
    return {
      accountId: account.id,
      role: account.role,
      displayName: account.displayName(),
      secondFactor: 'none',
    };
  }
}
