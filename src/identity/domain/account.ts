import { AggregateRoot } from '../../shared/domain';
import {
  AccountReinstated,
  AccountSuspended,
  CandidateAccountLinked,
  CandidateRegistered,
  EmailChanged,
  EmailVerified,
  PasswordChanged,
  RegistrationRejected,
  StaffAccountCreated,
  ThirdPartyRegistered,
} from './account.events';
import { CandidateRecord } from './candidate-record';
import {
  AccountPendingError,
  AccountRejectedError,
  AccountNotActiveError,
  AccountNotSuspendedError,
  AccountSuspendedError,
  EmailNotVerifiedError,
  RegistrationNotPendingError,
  StaffNotSuspendableError,
} from './identity.errors';

export type Role = 'candidate' | 'third_party' | 'staff';
export const ROLES: readonly Role[] = ['candidate', 'third_party', 'staff'];

export type AccountStatus =
  'pending_email_verification' | 'pending_authorisation' | 'active' | 'rejected' | 'suspended';

export const SOCIAL_NETWORKS = ['facebook', 'x', 'linkedin', 'instagram', 'website'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export type SocialLinks = Partial<Record<SocialNetwork, string>>;

export interface PersonalDetails {
  firstName: string;
  surname: string;
  telephone?: string | null;
  mobile?: string | null;
  dateOfBirth?: string | null;
}

/**
 * A person's way in: candidate, third party or staff. Fields are public for the mapper; change them only
 * through the methods, which guard the rules and record what happened.
 */
export class Account extends AggregateRoot {
  id: string;
  role: Role;
  status: AccountStatus;
  /** Lower-cased; unique across accounts. */
  email: string;
  emailVerifiedAt: Date | null = null;
  /** A new address waiting for its owner to follow the confirmation link. */
  pendingEmail: string | null = null;
  /** argon2id; null for a staff member invited but not yet set up. */
  passwordHash: string | null;
  firstName: string;
  surname: string;
  telephone: string | null = null;
  mobile: string | null = null;
  dateOfBirth: string | null = null;
  company: string | null = null;
  /** What the candidate typed at registration (a number or NA), kept for staff review. */
  claimedCandidateNumber: string | null = null;
  candidateRecordId: string | null = null;
  /** The number of the linked candidate record. */
  candidateNumber: string | null = null;
  social: SocialLinks = {};
  photoKey: string | null = null;
  totpSecret: string | null = null;
  totpEnrolledAt: Date | null = null;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totpLastStep: number | null = null;
  /** Sessions and tokens that began before this moment are no longer valid (set by a password change). */
  sessionsValidAfter: Date;
  rejectionReason: string | null = null;
  activatedAt: Date | null = null;
  lastLoginAt: Date | null = null;
  createdAt: Date;
  updatedAt: Date;

  private constructor() {
    super();
  }

  static registerCandidate(input: {
    id: string;
    email: string;
    passwordHash: string;
    details: PersonalDetails & { dateOfBirth: string };
    claimedCandidateNumber: string;
    match: CandidateRecord | null;
    now: Date;
  }): Account {
    const account = Account.base(
      input.id,
      'candidate',
      input.email,
      input.passwordHash,
      input.details,
      input.now,
    );
    account.claimedCandidateNumber = input.claimedCandidateNumber;
    if (input.match) {
      account.link(input.match, input.now);
      account.status = 'active';
      account.activatedAt = input.now;
    } else {
      account.status = 'pending_authorisation';
    }
    account.record(new CandidateRegistered(account.id, account.status as 'active' | 'pending_authorisation'));
    return account;
  }

  static registerThirdParty(input: {
    id: string;
    email: string;
    passwordHash: string;
    details: PersonalDetails;
    company: string;
    now: Date;
  }): Account {
    const account = Account.base(
      input.id,
      'third_party',
      input.email,
      input.passwordHash,
      input.details,
      input.now,
    );
    account.company = input.company;
    account.status = 'pending_email_verification';
    account.record(new ThirdPartyRegistered(account.id, account.email));
    return account;
  }

  /**
   * A staff account. The first is made from the command line by an operator, who sets the password and
   * receives the TOTP secret, so both the address and the second factor count as confirmed. One created
   * by staff has no password yet: the new member sets it from an emailed link, then enrols the TOTP app.
   */
  static createStaff(input: {
    id: string;
    email: string;
    passwordHash: string | null;
    details: PersonalDetails;
    totpSecret: string;
    setUpByOperator: boolean;
    now: Date;
  }): Account {
    const account = Account.base(
      input.id,
      'staff',
      input.email,
      input.passwordHash,
      input.details,
      input.now,
    );
    account.status = 'active';
    account.activatedAt = input.now;
    account.totpSecret = input.totpSecret;
    if (input.setUpByOperator) {
      account.emailVerifiedAt = input.now;
      account.totpEnrolledAt = input.now;
    }
    account.record(new StaffAccountCreated(account.id));
    return account;
  }

  private static base(
    id: string,
    role: Role,
    email: string,
    passwordHash: string | null,
    details: PersonalDetails,
    now: Date,
  ): Account {
    const account = new Account();
    account.id = id;
    account.role = role;
    account.email = email;
    account.passwordHash = passwordHash;
    account.firstName = details.firstName;
    account.surname = details.surname;
    account.telephone = details.telephone ?? null;
    account.mobile = details.mobile ?? null;
    account.dateOfBirth = details.dateOfBirth ?? null;
    account.social = {};
    account.sessionsValidAfter = now;
    account.createdAt = now;
    account.updatedAt = now;
    return account;
  }

  displayName(): string {
    return `${this.firstName} ${this.surname}`;
  }

  /** Staff prove a second factor at every login; everyone else relies on a long password. */
  usesSecondFactor(): boolean {
    return this.role === 'staff';
  }

  /** Staff link a pending registration to the candidate record they found for it. */
  approve(record: CandidateRecord, now: Date): void {
    if (this.status !== 'pending_authorisation') throw new RegistrationNotPendingError();
    this.link(record, now);
    this.status = 'active';
    this.activatedAt = now;
    this.touch(now);
  }

  reject(reason: string, now: Date): void {
    if (this.status !== 'pending_authorisation') throw new RegistrationNotPendingError();
    this.status = 'rejected';
    this.rejectionReason = reason;
    this.touch(now);
    this.record(new RegistrationRejected(this.id));
  }

  /** The owner followed the link sent to `address`; a link sent to an address no longer on the account does nothing. */
  verifyEmail(address: string, now: Date): boolean {
    if (address !== this.email) return false;
    if (!this.emailVerifiedAt) {
      this.emailVerifiedAt = now;
      this.record(new EmailVerified(this.id, this.role, this.email));
    }
    if (this.status === 'pending_email_verification') {
      this.status = 'active';
      this.activatedAt = now;
    }
    this.touch(now);
    return true;
  }

  /**
   * Staff stop an account at once: it cannot log in, and every session and token it holds ends now
   * (the principal resolver only accepts active accounts and sessions begun after sessionsValidAfter).
   */
  suspend(now: Date): void {
    if (this.role === 'staff') throw new StaffNotSuspendableError();
    if (this.status !== 'active') throw new AccountNotActiveError();
    this.status = 'suspended';
    this.sessionsValidAfter = now;
    this.touch(now);
    this.record(new AccountSuspended(this.id));
  }

  reinstate(now: Date): void {
    if (this.status !== 'suspended') throw new AccountNotSuspendedError();
    this.status = 'active';
    this.touch(now);
    this.record(new AccountReinstated(this.id));
  }

  /** Refuses a login whose password was right but whose account cannot be used yet (or any more). */
  assertCanLogIn(): void {
    if (this.status === 'pending_authorisation') throw new AccountPendingError();
    if (this.status === 'rejected') throw new AccountRejectedError();
    if (this.status === 'suspended') throw new AccountSuspendedError();
    if (!this.emailVerifiedAt || this.status === 'pending_email_verification')
      throw new EmailNotVerifiedError();
  }

  /** Ends every other session and token: they began before now. */
  changePassword(passwordHash: string, now: Date): void {
    this.passwordHash = passwordHash;
    this.sessionsValidAfter = now;
    this.touch(now);
    this.record(new PasswordChanged(this.id));
  }

  /** Re-hashing with current parameters after a successful login; not a change the person made. */
  upgradePasswordHash(passwordHash: string): void {
    this.passwordHash = passwordHash;
  }

  requestEmailChange(newEmail: string, now: Date): void {
    this.pendingEmail = newEmail;
    this.touch(now);
  }

  /** The owner followed the link sent to the new address. */
  confirmEmailChange(newEmail: string, now: Date): boolean {
    if (this.pendingEmail !== newEmail) return false;
    const previous = this.email;
    this.email = newEmail;
    this.pendingEmail = null;
    this.emailVerifiedAt = now;
    this.touch(now);
    this.record(new EmailChanged(this.id, previous, newEmail));
    return true;
  }

  updateDetails(changes: Partial<PersonalDetails> & { social?: SocialLinks }, now: Date): void {
    if (changes.firstName !== undefined) this.firstName = changes.firstName;
    if (changes.surname !== undefined) this.surname = changes.surname;
    if (changes.telephone !== undefined) this.telephone = changes.telephone || null;
    if (changes.mobile !== undefined) this.mobile = changes.mobile || null;
    if (changes.dateOfBirth !== undefined) this.dateOfBirth = changes.dateOfBirth || null;
    if (changes.social !== undefined) {
      const social: SocialLinks = { ...this.social };
      for (const network of SOCIAL_NETWORKS) {
        if (!(network in changes.social)) continue;
        const link = changes.social[network];
        if (link) social[network] = link;
        else delete social[network];
      }
      this.social = social;
    }
    this.touch(now);
  }

  setPhoto(photoKey: string | null, now: Date): void {
    this.photoKey = photoKey;
    this.touch(now);
  }

  /** Accepts a TOTP time step once: a code seen before (replayed) is refused. */
  acceptSecondFactorStep(step: number, now: Date): boolean {
    if (this.totpLastStep !== null && step <= this.totpLastStep) return false;
    this.totpLastStep = step;
    if (!this.totpEnrolledAt) this.totpEnrolledAt = now;
    this.touch(now);
    return true;
  }

  recordLogin(now: Date): void {
    this.lastLoginAt = now;
  }

  private link(record: CandidateRecord, now: Date): void {
    this.candidateRecordId = record.id;
    this.candidateNumber = record.candidateNumber;
    this.record(new CandidateAccountLinked(this.id, record.candidateNumber));
    this.touch(now);
  }

  private touch(now: Date): void {
    this.updatedAt = now;
  }
}
