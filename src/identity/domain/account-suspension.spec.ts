import { AccountReinstated, AccountSuspended } from './account.events';
import { Account } from './account';
import {
  AccountNotActiveError,
  AccountNotSuspendedError,
  AccountSuspendedError,
  StaffNotSuspendableError,
} from './identity.errors';

const now = new Date('2026-11-29T10:00:00Z');
const later = new Date('2026-11-29T11:00:00Z');

function activeCandidate(): Account {
  const account = Account.registerCandidate({
    id: 'a1',
    email: 'john@example.com',
    passwordHash: 'hash',
    details: { firstName: 'John', surname: 'Eichen', dateOfBirth: '1977-04-13' },
    claimedCandidateNumber: '0001010',
    match: {
      id: 'r1',
      candidateNumber: '0001010',
      firstName: 'John',
      surname: 'Eichen',
      dateOfBirth: '1977-04-13',
    } as never,
    now,
  });
  account.verifyEmail('john@example.com', now);
  return account;
}

describe('Account suspension', () => {
  it('suspending refuses login and ends every session begun before it', () => {
    const account = activeCandidate();
    account.suspend(later);
    expect(account.status).toBe('suspended');
    expect(account.sessionsValidAfter).toEqual(later);
    expect(() => account.assertCanLogIn()).toThrow(AccountSuspendedError);
    expect(() => account.suspend(later)).toThrow(AccountNotActiveError);
  });

  it('reinstating lets the account log in again; only a suspended account can be reinstated', () => {
    const account = activeCandidate();
    expect(() => account.reinstate(later)).toThrow(AccountNotSuspendedError);
    account.pullDomainEvents();
    account.suspend(later);
    account.reinstate(later);
    expect(account.status).toBe('active');
    // Compared by kind and content: the events' moments are the wall clock's, a millisecond apart at times.
    expect(account.pullDomainEvents()).toEqual([
      expect.objectContaining({ constructor: AccountSuspended, accountId: account.id }),
      expect.objectContaining({ constructor: AccountReinstated, accountId: account.id }),
    ]);
    expect(() => account.assertCanLogIn()).not.toThrow();
  });

  it('staff accounts are removed, not suspended', () => {
    const staff = Account.createStaff({
      id: 's1',
      email: 's@example.com',
      passwordHash: 'h',
      details: { firstName: 'S', surname: 'T' },
      totpSecret: 'X',
      setUpByOperator: true,
      now,
    });
    expect(() => staff.suspend(later)).toThrow(StaffNotSuspendableError);
  });
});
