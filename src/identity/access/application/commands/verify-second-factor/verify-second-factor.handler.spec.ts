import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { InvalidCredentialsError, InvalidSecondFactorError } from '../../../../domain/identity.errors';
import {
  anActiveCandidate,
  aStaffMember,
  InMemoryAccounts,
  InMemoryLoginAttempts,
  loginGuard,
} from '../../../../application/testing/in-memory-identity';
import { VerifySecondFactor } from './verify-second-factor.command';
import { VerifySecondFactorHandler } from './verify-second-factor.handler';

describe('VerifySecondFactorHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: null, ip: '192.0.2.7' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const attempts = new InMemoryLoginAttempts();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new VerifySecondFactorHandler(
      accounts,
      loginGuard({ uow, accounts, attempts, audit, clock: clockAt(now.toISOString()) }),
    );
    return { accounts, attempts, handler };
  };

  it('completes a staff login with the right code, once: the same code again is refused and counted', async () => {
    const { accounts, attempts, handler } = setUp();
    const staff = aStaffMember();
    accounts.has(staff);

    expect(await handler.execute(new VerifySecondFactor(staff.id, '123456', actor))).toEqual({
      accountId: staff.id,
      role: 'staff',
      displayName: 'Olive Officer',
      secondFactor: 'none',
    });
    expect(staff.lastLoginAt).toEqual(now);

    await expect(handler.execute(new VerifySecondFactor(staff.id, '123456', actor))).rejects.toBeInstanceOf(
      InvalidSecondFactorError,
    );
    await expect(handler.execute(new VerifySecondFactor(staff.id, '000000', actor))).rejects.toBeInstanceOf(
      InvalidSecondFactorError,
    );
    expect([...attempts.failures.values()].map((entry) => entry.count)).toEqual([2]);
  });

  it('knows no second step for an account without one, nor for an unknown account', async () => {
    const { accounts, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    await expect(
      handler.execute(new VerifySecondFactor(candidate.id, '123456', actor)),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(handler.execute(new VerifySecondFactor('nobody', '123456', actor))).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
  });
});
