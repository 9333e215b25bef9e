import { AggregateRoot } from '../../shared/domain';
import {
  AccountReinstated,
  AccountSuspended,
  CandidateAccountLinked,
  CandidateProfileChanged,
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
 * A person's way in: candidate, third party or staff. Its state is private, read through getters and
 * changed only by the methods, which guard the rules and record what happened; the ORM mapping
 * (infrastructure/persistence/account.schema.ts) reaches the private `_` fields.
 */
export class Account extends AggregateRoot {
  private _id: string;
  private _role: Role;
  private _status: AccountStatus;
  private _email: string;
  private _emailVerifiedAt: Date | null = null;
  private _pendingEmail: string | null = null;
  private _passwordHash: string | null;
  private _firstName: string;
  private _surname: string;
  private _telephone: string | null = null;
  private _mobile: string | null = null;
  private _dateOfBirth: string | null = null;
  private _company: string | null = null;
  private _claimedCandidateNumber: string | null = null;
  private _candidateRecordId: string | null = null;
  private _candidateNumber: string | null = null;
  private _social: SocialLinks = {};
  private _photoKey: string | null = null;
  private _totpSecret: string | null = null;
  private _totpEnrolledAt: Date | null = null;
  private _totpLastStep: number | null = null;
  private _sessionsValidAfter: Date;
  private _rejectionReason: string | null = null;
  private _activatedAt: Date | null = null;
  private _lastLoginAt: Date | null = null;
  private _createdAt: Date;
  private _updatedAt: Date;

  get id(): string {
    return this._id;
  }

  get role(): Role {
    return this._role;
  }
  get status(): AccountStatus {
    return this._status;
  }

  /** Lower-cased; unique across accounts. */
  get email(): string {
    return this._email;
  }

  get emailVerifiedAt(): Date | null {
    return this._emailVerifiedAt;
  }
  /** A new address waiting for its owner to follow the confirmation link. */
  get pendingEmail(): string | null {
    return this._pendingEmail;
  }

  /** argon2id; null for a staff member invited but not yet set up. */
  get passwordHash(): string | null {
    return this._passwordHash;
  }

  get firstName(): string {
    return this._firstName;
  }
  get surname(): string {
    return this._surname;
  }

  get telephone(): string | null {
    return this._telephone;
  }
  get mobile(): string | null {
    return this._mobile;
  }

  get dateOfBirth(): string | null {
    return this._dateOfBirth;
  }
  get company(): string | null {
    return this._company;
  }

  /** What the candidate typed at registration (a number or NA), kept for staff review. */
  get claimedCandidateNumber(): string | null {
    return this._claimedCandidateNumber;
  }

  get candidateRecordId(): string | null {
    return this._candidateRecordId;
  }
  /** The number of the linked candidate record. */
  get candidateNumber(): string | null {
    return this._candidateNumber;
  }

  get social(): SocialLinks {
    return this._social;
  }
  get photoKey(): string | null {
    return this._photoKey;
  }

  get totpSecret(): string | null {
    return this._totpSecret;
  }
  get totpEnrolledAt(): Date | null {
    return this._totpEnrolledAt;
  }

  /** The last TOTP time step accepted: a code is never accepted twice. */
  get totpLastStep(): number | null {
    return this._totpLastStep;
  }

  /** Sessions and tokens that began before this moment are no longer valid (set by a password change). */
  get sessionsValidAfter(): Date {
    return this._sessionsValidAfter;
  }

  get rejectionReason(): string | null {
    return this._rejectionReason;
  }
  get activatedAt(): Date | null {
    return this._activatedAt;
  }

  get lastLoginAt(): Date | null {
    return this._lastLoginAt;
  }
  get createdAt(): Date {
    return this._createdAt;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

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
    account._claimedCandidateNumber = input.claimedCandidateNumber;
    if (input.match) {
      account.link(input.match, input.now);
      account._status = 'active';
      account._activatedAt = input.now;
    } else {
      account._status = 'pending_authorisation';
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
    account._company = input.company;
    account._status = 'pending_email_verification';
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
    account._status = 'active';
    account._activatedAt = input.now;
    account._totpSecret = input.totpSecret;
    if (input.setUpByOperator) {
      account._emailVerifiedAt = input.now;
      account._totpEnrolledAt = input.now;
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
    account._id = id;
    account._role = role;
    account._email = email;
    account._passwordHash = passwordHash;
    account._firstName = details.firstName;
    account._surname = details.surname;
    account._telephone = details.telephone ?? null;
    account._mobile = details.mobile ?? null;
    account._dateOfBirth = details.dateOfBirth ?? null;
    account._social = {};
    account._sessionsValidAfter = now;
    account._createdAt = now;
    account._updatedAt = now;
    return account;
  }

  displayName(): string {
    return displayNameOf(this.firstName, this.surname);
  }

  /** Staff prove a second factor at every login; everyone else relies on a long password. */
  usesSecondFactor(): boolean {
    return this.role === 'staff';
  }

  /** Staff link a pending registration to the candidate record they found for it. */
  approve(record: CandidateRecord, now: Date): void {
    if (this.status !== 'pending_authorisation') throw new RegistrationNotPendingError();
    this.link(record, now);
    this._status = 'active';
    this._activatedAt = now;
    this.touch(now);
  }

  reject(reason: string, now: Date): void {
    if (this.status !== 'pending_authorisation') throw new RegistrationNotPendingError();
    this._status = 'rejected';
    this._rejectionReason = reason;
    this.touch(now);
    this.record(new RegistrationRejected(this.id));
  }

  /** The owner followed the link sent to `address`; a link sent to an address no longer on the account does nothing. */
  verifyEmail(address: string, now: Date): boolean {
    if (address !== this.email) return false;
    if (!this.emailVerifiedAt) {
      this._emailVerifiedAt = now;
      this.record(new EmailVerified(this.id, this.role, this.email));
    }
    if (this.status === 'pending_email_verification') {
      this._status = 'active';
      this._activatedAt = now;
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
    this._status = 'suspended';
    this._sessionsValidAfter = now;
    this.touch(now);
    this.record(new AccountSuspended(this.id));
  }

  reinstate(now: Date): void {
    if (this.status !== 'suspended') throw new AccountNotSuspendedError();
    this._status = 'active';
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
    this._passwordHash = passwordHash;
    this._sessionsValidAfter = now;
    this.touch(now);
    this.record(new PasswordChanged(this.id));
  }

  /** Re-hashing with current parameters after a successful login; not a change the person made. */
  upgradePasswordHash(passwordHash: string): void {
    this._passwordHash = passwordHash;
  }

  requestEmailChange(newEmail: string, now: Date): void {
    this._pendingEmail = newEmail;
    this.touch(now);
  }

  /** The owner followed the link sent to the new address. */
  confirmEmailChange(newEmail: string, now: Date): boolean {
    if (this.pendingEmail !== newEmail) return false;
    const previous = this.email;
    this._email = newEmail;
    this._pendingEmail = null;
    this._emailVerifiedAt = now;
    this.touch(now);
    this.record(new EmailChanged(this.id, previous, newEmail));
    return true;
  }

  updateDetails(changes: Partial<PersonalDetails> & { social?: SocialLinks }, now: Date): void {
    const seen = this.seenByThirdParties();
    if (changes.firstName !== undefined) this._firstName = changes.firstName;
    if (changes.surname !== undefined) this._surname = changes.surname;
    if (changes.telephone !== undefined) this._telephone = changes.telephone || null;
    if (changes.mobile !== undefined) this._mobile = changes.mobile || null;
    if (changes.dateOfBirth !== undefined) this._dateOfBirth = changes.dateOfBirth || null;
    if (changes.social !== undefined) {
      const social: SocialLinks = { ...this.social };
      for (const network of SOCIAL_NETWORKS) {
        if (!(network in changes.social)) continue;
        const link = changes.social[network];
        if (link) social[network] = link;
        else delete social[network];
      }
      this._social = social;
    }
    this.touch(now);
    this.recordIfSeenChanged(seen);
  }

  setPhoto(photoKey: string | null, now: Date): void {
    const seen = this.seenByThirdParties();
    this._photoKey = photoKey;
    this.touch(now);
    this.recordIfSeenChanged(seen);
  }

  /** What a third party with a connection sees of a candidate (Sharing keeps a copy of it). */
  private seenByThirdParties(): { displayName: string; hasPhoto: boolean } {
    return { displayName: this.displayName(), hasPhoto: this.photoKey !== null };
  }

  private recordIfSeenChanged(before: { displayName: string; hasPhoto: boolean }): void {
    if (this.role !== 'candidate') return;
    const after = this.seenByThirdParties();
    if (after.displayName === before.displayName && after.hasPhoto === before.hasPhoto) return;
    this.record(new CandidateProfileChanged(this.id, after.displayName, after.hasPhoto));
  }

  /** Accepts a TOTP time step once: a code seen before (replayed) is refused. */
  acceptSecondFactorStep(step: number, now: Date): boolean {
    if (this.totpLastStep !== null && step <= this.totpLastStep) return false;
    this._totpLastStep = step;
    if (!this.totpEnrolledAt) this._totpEnrolledAt = now;
    this.touch(now);
    return true;
  }

  recordLogin(now: Date): void {
    this._lastLoginAt = now;
  }

  private link(record: CandidateRecord, now: Date): void {
    this._candidateRecordId = record.id;
    this._candidateNumber = record.candidateNumber;
    this.record(new CandidateAccountLinked(this.id, record.candidateNumber));
    this.touch(now);
  }

  private touch(now: Date): void {
    this._updatedAt = now;
  }
}

/** How an account's holder is named to others: also used by reads that do not load the aggregate. */
export function displayNameOf(firstName: string, surname: string): string {
  return `${firstName} ${surname}`;
}
