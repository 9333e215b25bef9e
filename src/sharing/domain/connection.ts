import { AggregateRoot, newId } from '../../shared/domain';
import {
  ConnectionNotAwaitingApprovalError,
  ConnectionNotChangeableError,
  DocumentNotShareableError,
  NoDocumentChosenError,
} from './connection.errors';
import {
  ConnectionActivated,
  ConnectionApproved,
  ConnectionDeclined,
  ConnectionDeleted,
  ConnectionExpiryChanged,
  ConnectionInvited,
  ConnectionPermissionsChanged,
  ConnectionRequested,
} from './connection.events';
import {
  ConnectionPermission,
  normalisePermissions,
  SharedDocument,
  ShareableDocumentSet,
} from './connection-permission';
import { expiryFor } from './expiry';

export type ConnectionStatus = 'invited' | 'requested' | 'active' | 'expired' | 'declined' | 'deleted';

/** Statuses in which a connection still counts: one of these per candidate and third-party email. */
export const LIVE_STATUSES: readonly ConnectionStatus[] = ['invited', 'requested', 'active'];

export interface ThirdPartyDetails {
  firstName: string;
  surname: string;
  email: string;
  company: string;
}

export interface CandidateParty {
  accountId: string;
  candidateNumber: string;
  /** Kept so the set-based expiry job can address its emails without asking Identity per row. */
  email: string;
  /** The name and whether there is a photo: what the third party sees, kept current by Identity's events. */
  name: string;
  hasPhoto: boolean;
}

/** What a candidate sets when sharing with a third party, first or again. */
export interface SharingTerms {
  candidate: CandidateParty;
  thirdParty: ThirdPartyDetails;
  thirdPartyAccountId: string | null;
  expiresAt: Date | null;
  permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>;
  shareable: ShareableDocumentSet[];
  now: Date;
}

/**
 * Consent given by one candidate to one third party to see chosen documents until an expiry date.
 * Created by the candidate (invited, or active at once when the third party already has an account),
 * or asked for by a third party (requested, nothing visible until the candidate approves).
 */
export class Connection extends AggregateRoot {
  // State is the aggregate's own: changed only by its methods, read through the getters below. The
  // persistence mapping (infrastructure) maps these private fields to their columns.
  private _id!: string;
  private _candidateAccountId!: string;
  private _candidateNumber!: string;
  private _candidateEmail!: string;
  private _candidateName!: string;
  private _candidateHasPhoto!: boolean;
  /** When the copy of the candidate's name and photo was taken: an older change is not applied over it. */
  private _candidateProfileAt!: Date;
  private _thirdPartyFirstName!: string;
  private _thirdPartySurname!: string;
  private _thirdPartyEmail!: string;
  private _thirdPartyCompany!: string;
  private _thirdPartyAccountId!: string | null;
  private _status!: ConnectionStatus;
  private _permissions!: ConnectionPermission[];
  private _requestMessage!: string | null;
  private _createdAt!: Date;
  private _approvedAt!: Date | null;
  private _expiresAt!: Date | null;
  private _endedAt!: Date | null;
  private _reminderSentAt!: Date | null;
  private _updatedAt!: Date;

  get id(): string {
    return this._id;
  }
  get candidateAccountId(): string {
    return this._candidateAccountId;
  }
  get candidateNumber(): string {
    return this._candidateNumber;
  }
  get candidateEmail(): string {
    return this._candidateEmail;
  }
  get candidateName(): string {
    return this._candidateName;
  }
  get candidateHasPhoto(): boolean {
    return this._candidateHasPhoto;
  }
  get thirdPartyFirstName(): string {
    return this._thirdPartyFirstName;
  }
  get thirdPartySurname(): string {
    return this._thirdPartySurname;
  }
  get thirdPartyEmail(): string {
    return this._thirdPartyEmail;
  }
  get thirdPartyCompany(): string {
    return this._thirdPartyCompany;
  }
  get thirdPartyAccountId(): string | null {
    return this._thirdPartyAccountId;
  }
  get status(): ConnectionStatus {
    return this._status;
  }
  get permissions(): readonly ConnectionPermission[] {
    return this._permissions;
  }
  get requestMessage(): string | null {
    return this._requestMessage;
  }
  get createdAt(): Date {
    return this._createdAt;
  }
  get approvedAt(): Date | null {
    return this._approvedAt;
  }
  get expiresAt(): Date | null {
    return this._expiresAt;
  }
  get endedAt(): Date | null {
    return this._endedAt;
  }
  get reminderSentAt(): Date | null {
    return this._reminderSentAt;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** A candidate shares documents with a third party, who is invited by email (or sees them at once when registered). */
  static share(input: SharingTerms): Connection {
    const connection = new Connection();
    connection._id = newId();
    connection.setCandidate(input.candidate, input.now);
    connection.setThirdParty(input.thirdParty);
    connection._thirdPartyAccountId = input.thirdPartyAccountId;
    connection._permissions = checkPermissions(input.permissions, input.shareable);
    connection._expiresAt = expiryFor(input.expiresAt, input.now);
    connection._status = input.thirdPartyAccountId ? 'active' : 'invited';
    connection._requestMessage = null;
    connection._createdAt = input.now;
    // The candidate's own sharing is their approval.
    connection._approvedAt = input.now;
    connection._endedAt = null;
    connection._reminderSentAt = null;
    connection._updatedAt = input.now;
    connection.record(new ConnectionInvited(connection.id));
    return connection;
  }

  /** A third party asks to see a candidate's documents. */
  static request(input: {
    candidate: CandidateParty;
    thirdParty: ThirdPartyDetails;
    thirdPartyAccountId: string;
    message: string | null;
    now: Date;
  }): Connection {
    const connection = new Connection();
    connection._id = newId();
    connection.setCandidate(input.candidate, input.now);
    connection.setThirdParty(input.thirdParty);
    connection._thirdPartyAccountId = input.thirdPartyAccountId;
    connection._permissions = [];
    connection._expiresAt = null;
    connection._status = 'requested';
    connection._requestMessage = input.message;
    connection._createdAt = input.now;
    connection._approvedAt = null;
    connection._endedAt = null;
    connection._reminderSentAt = null;
    connection._updatedAt = input.now;
    connection.record(new ConnectionRequested(connection.id));
    return connection;
  }

  isLive(): boolean {
    return LIVE_STATUSES.includes(this.status);
  }

  /** Adding a connection again for the same third party updates this one instead of making a second. */
  reshare(input: SharingTerms): void {
    this.assertLive();
    const before = { permissions: JSON.stringify(this._permissions), expiresAt: this._expiresAt?.getTime() };
    this._permissions = checkPermissions(input.permissions, input.shareable);
    this._expiresAt = expiryFor(input.expiresAt, input.now);
    this.setCandidate(input.candidate, input.now);
    this.setThirdParty(input.thirdParty);
    this._thirdPartyAccountId ??= input.thirdPartyAccountId;
    if (this.status === 'requested' || (this.status === 'invited' && this.thirdPartyAccountId))
      this._status = 'active';
    this._approvedAt ??= input.now;
    this._reminderSentAt = null;
    this._updatedAt = input.now;
    this.record(new ConnectionInvited(this.id));
    // Sharing again may move the expiry and change the documents: the same facts as Extend and Permission.
    if (before.expiresAt !== this._expiresAt.getTime())
      this.record(new ConnectionExpiryChanged(this.id, this._expiresAt));
    if (before.permissions !== JSON.stringify(this._permissions)) this.recordPermissionsChanged();
  }

  /** The candidate says yes to a third party's request, choosing documents and expiry. */
  approve(input: {
    expiresAt: Date | null;
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>;
    shareable: ShareableDocumentSet[];
    now: Date;
  }): void {
    if (this.status !== 'requested') throw new ConnectionNotAwaitingApprovalError();
    this._permissions = checkPermissions(input.permissions, input.shareable);
    this._expiresAt = expiryFor(input.expiresAt, input.now);
    this._status = 'active';
    this._approvedAt = input.now;
    this._updatedAt = input.now;
    this.record(new ConnectionApproved(this.id));
  }

  decline(now: Date): void {
    if (this.status !== 'requested') throw new ConnectionNotAwaitingApprovalError();
    this._status = 'declined';
    this._endedAt = now;
    this._updatedAt = now;
    this.record(new ConnectionDeclined(this.id));
  }

  /** Extend or reduce how long the third party may look; the reminder is due again for the new date. */
  changeExpiry(expiresAt: Date, now: Date): void {
    this.assertGranted(now);
    this._expiresAt = expiryFor(expiresAt, now);
    this._reminderSentAt = null;
    this._updatedAt = now;
    this.record(new ConnectionExpiryChanged(this.id, this.expiresAt));
  }

  changePermissions(
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>,
    shareable: ShareableDocumentSet[],
    now: Date,
  ): void {
    this.assertGranted(now);
    this._permissions = checkPermissions(permissions, shareable, true);
    this._updatedAt = now;
    this.recordPermissionsChanged();
  }

  private recordPermissionsChanged(): void {
    this.record(
      new ConnectionPermissionsChanged(
        this.id,
        this._permissions.map((p) => p.certificateNumber),
      ),
    );
  }

  /** Access ends at once. */
  delete(now: Date): void {
    this.assertLive();
    this._status = 'deleted';
    this._endedAt = now;
    this._updatedAt = now;
    this.record(new ConnectionDeleted(this.id));
  }

  /** The candidate's login email changed; notices about this connection go to the new one. */
  candidateEmailChanged(email: string, now: Date): boolean {
    if (this.candidateEmail === email) return false;
    this._candidateEmail = email;
    this._updatedAt = now;
    return true;
  }

  /**
   * The candidate's name or photo changed (as of `changedAt`): third parties see the new one. A change
   * older than the copy the connection holds (a late or repeated delivery) is ignored.
   */
  candidateProfileChanged(profile: { name: string; hasPhoto: boolean; changedAt: Date }, now: Date): boolean {
    if (profile.changedAt.getTime() < this._candidateProfileAt.getTime()) return false;
    this._candidateProfileAt = profile.changedAt;
    if (this.candidateName === profile.name && this.candidateHasPhoto === profile.hasPhoto) return false;
    this._candidateName = profile.name;
    this._candidateHasPhoto = profile.hasPhoto;
    this._updatedAt = now;
    return true;
  }

  /**
   * The third party's login email changed: notices about this connection go to the new address. The
   * connection stays the account's whatever its address (docs/adr/0009).
   */
  thirdPartyEmailChanged(email: string, now: Date): boolean {
    const address = email.trim().toLowerCase();
    if (this.thirdPartyEmail === address) return false;
    this._thirdPartyEmail = address;
    this._updatedAt = now;
    return true;
  }

  /** The invited third party now has a verified account with the invited email address. */
  activateFor(thirdPartyAccountId: string, now: Date): void {
    if (this.status !== 'invited') return;
    this._thirdPartyAccountId = thirdPartyAccountId;
    this._status = 'active';
    this._updatedAt = now;
    this.record(new ConnectionActivated(this.id));
  }

  /** In force at this moment: active and not past its expiry, whether or not the expiry job has run. */
  isInForce(now: Date): boolean {
    return this.status === 'active' && this.expiresAt !== null && this.expiresAt.getTime() > now.getTime();
  }

  /** What the third party may see, at this moment; revocation is checked by the reader against Achievements. */
  grants(certificateNumber: string, document: SharedDocument, now: Date): boolean {
    if (!this.isInForce(now)) return false;
    const number = certificateNumber.trim().toUpperCase();
    return this.permissions.some((p) => p.certificateNumber === number && p.documents.includes(document));
  }

  /** Whether the connection shows anything of this achievement (its document card). */
  sharesAchievement(certificateNumber: string, now: Date): boolean {
    if (!this.isInForce(now)) return false;
    const number = certificateNumber.trim().toUpperCase();
    return this.permissions.some((p) => p.certificateNumber === number && p.documents.length > 0);
  }

  private assertLive(): void {
    if (!this.isLive()) throw new ConnectionNotChangeableError(this.status);
  }

  /** Expiry and documents can be changed once the candidate has agreed to share (invited or active, not past expiry). */
  private assertGranted(now: Date): void {
    const granted = this.status === 'invited' || this.status === 'active';
    if (!granted || (this.expiresAt !== null && this.expiresAt.getTime() <= now.getTime())) {
      throw new ConnectionNotChangeableError(granted ? 'expired' : this.status);
    }
  }

  private setCandidate(candidate: CandidateParty, now: Date): void {
    this._candidateAccountId = candidate.accountId;
    this._candidateNumber = candidate.candidateNumber;
    this._candidateEmail = candidate.email;
    this._candidateName = candidate.name;
    this._candidateHasPhoto = candidate.hasPhoto;
    this._candidateProfileAt = now;
  }

  private setThirdParty(thirdParty: ThirdPartyDetails): void {
    this._thirdPartyFirstName = thirdParty.firstName.trim();
    this._thirdPartySurname = thirdParty.surname.trim();
    this._thirdPartyEmail = thirdParty.email.trim().toLowerCase();
    this._thirdPartyCompany = thirdParty.company.trim();
  }
}

/**
 * Every named document must be one the candidate holds and may share: issued on or after 1 November
 * 2017, not revoked, and existing (an accreditation has no eTranscript). Another candidate's
 * achievement is not in the candidate's set, so it is refused the same way and nothing is saved.
 */
function checkPermissions(
  requested: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>,
  shareable: ShareableDocumentSet[],
  changing = false,
): ConnectionPermission[] {
  const permissions = normalisePermissions(requested);
  if (permissions.length === 0) throw new NoDocumentChosenError(changing);
  const held = new Map(shareable.map((s) => [s.certificateNumber.toUpperCase(), s]));
  for (const permission of permissions) {
    const achievement = held.get(permission.certificateNumber);
    if (!achievement)
      throw new DocumentNotShareableError(permission.certificateNumber, 'it is not one of your achievements');
    if (!achievement.shareable)
      throw new DocumentNotShareableError(
        permission.certificateNumber,
        achievement.reason ?? 'it cannot be shared',
      );
    for (const document of permission.documents) {
      if (!achievement.documents[document]) {
        throw new DocumentNotShareableError(
          permission.certificateNumber,
          document === 'etranscript' ? 'it has no eTranscript' : 'it has no eCertificate',
        );
      }
    }
  }
  return permissions;
}
