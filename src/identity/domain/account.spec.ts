import { Account } from './account';
import {
  CandidateAccountLinked,
  CandidateProfileChanged,
  CandidateRegistered,
  EmailVerified,
  PasswordChanged,
} from './account.events';
import { AccountPendingError, EmailNotVerifiedError, RegistrationNotPendingError } from './identity.errors';

const now = new Date('2026-11-29T10:00:00Z');
const later = new Date('2026-11-29T11:00:00Z');
const record = {
  id: 'r1',
  candidateNumber: '0001010',
  firstName: 'John',
  surname: 'Eichen',
  dateOfBirth: '1977-04-13',
};

function candidate(match: typeof record | null) {
  return Account.registerCandidate({
    id: 'a1',
    email: 'john@example.com',
    passwordHash: 'hash',
    details: { firstName: 'John', surname: 'Eichen', dateOfBirth: '1977-04-13' },
    claimedCandidateNumber: '0001010',
    match,
    now,
  });
}

describe('Account', () => {
  it('keeps its state to itself: read from outside, changed only through its methods', () => {
    const account = candidate(null);
    expect(() => {
      // @ts-expect-error the status is read-only outside the account
      account.status = 'active';
    }).toThrow(TypeError);
    expect(account.status).toBe('pending_authorisation');
  });

  it('a matched candidate is active and linked; the events say so', () => {
    const account = candidate(record);
    expect(account.status).toBe('active');
    expect(account.candidateNumber).toBe('0001010');
    expect(account.pullDomainEvents().map((event) => event.constructor)).toEqual([
      CandidateAccountLinked,
      CandidateRegistered,
    ]);
  });

  it('an unmatched candidate waits for authorisation and cannot log in', () => {
    const account = candidate(null);
    expect(account.status).toBe('pending_authorisation');
    expect(() => account.assertCanLogIn()).toThrow(AccountPendingError);
  });

  it('cannot log in before the email is verified; the link must be for the current address', () => {
    const account = candidate(record);
    expect(() => account.assertCanLogIn()).toThrow(EmailNotVerifiedError);
    expect(account.verifyEmail('other@example.com', later)).toBe(false);
    expect(account.verifyEmail('john@example.com', later)).toBe(true);
    expect(() => account.assertCanLogIn()).not.toThrow();
    expect(account.pullDomainEvents().some((event) => event instanceof EmailVerified)).toBe(true);
  });

  it('staff approve a pending registration by linking a record, once', () => {
    const account = candidate(null);
    account.approve(record, later);
    expect(account.status).toBe('active');
    expect(account.candidateRecordId).toBe('r1');
    expect(() => account.approve(record, later)).toThrow(RegistrationNotPendingError);
    expect(() => account.reject('no', later)).toThrow(RegistrationNotPendingError);
  });

  it('a password change ends the sessions that began before it', () => {
    const account = candidate(record);
    account.changePassword('new hash', later);
    expect(account.sessionsValidAfter).toEqual(later);
    expect(account.pullDomainEvents().some((event) => event instanceof PasswordChanged)).toBe(true);
  });

  it('accepts each TOTP step once', () => {
    const staff = Account.createStaff({
      id: 's1',
      email: 'staff@example.com',
      passwordHash: 'hash',
      details: { firstName: 'Sam', surname: 'Staff' },
      totpSecret: 'SECRET',
      setUpByOperator: false,
      now,
    });
    expect(staff.totpEnrolledAt).toBeNull();
    expect(staff.acceptSecondFactorStep(100, now)).toBe(true);
    expect(staff.totpEnrolledAt).toEqual(now);
    expect(staff.acceptSecondFactorStep(100, now)).toBe(false);
    expect(staff.acceptSecondFactorStep(99, now)).toBe(false);
    expect(staff.acceptSecondFactorStep(101, now)).toBe(true);
  });

  it('social links: an empty link removes it, others are kept', () => {
    const account = candidate(record);
    account.updateDetails(
      { social: { linkedin: 'https://linkedin.com/in/john', x: 'https://x.com/john' } },
      later,
    );
    account.updateDetails({ social: { x: '' } }, later);
    expect(account.social).toEqual({ linkedin: 'https://linkedin.com/in/john' });
  });

  it('tells when what third parties see of a candidate changes (name or photo), and only then', () => {
    const account = candidate(record);
    account.pullDomainEvents();
    const changes = () =>
      account.pullDomainEvents().filter((event) => event instanceof CandidateProfileChanged);

    account.updateDetails({ telephone: '01234 567890', firstName: 'John' }, later);
    expect(changes()).toEqual([]);
    account.updateDetails({ firstName: 'Jon' }, later);
    expect(changes()).toMatchObject([{ accountId: 'a1', displayName: 'Jon Eichen', hasPhoto: false }]);
    account.setPhoto('photos/a.png', later);
    account.setPhoto('photos/b.png', later); // a new picture: third parties fetch it anyway
    expect(changes()).toMatchObject([{ displayName: 'Jon Eichen', hasPhoto: true }]);
    account.setPhoto(null, later);
    expect(changes()).toMatchObject([{ hasPhoto: false }]);

    const employer = Account.registerThirdParty({
      id: 't1',
      email: 'hr@garage.example',
      passwordHash: 'hash',
      details: { firstName: 'Ann', surname: 'Hiring' },
      company: 'Garage Ltd',
      now,
    });
    employer.updateDetails({ firstName: 'Anne' }, later);
    expect(employer.pullDomainEvents().some((event) => event instanceof CandidateProfileChanged)).toBe(false);
  });
});
