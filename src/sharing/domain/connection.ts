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
  name: string;
}

/**
 * Consent given by one candidate to one third party to see chosen documents until an expiry date.
 * Created by the candidate (invited, or active at once when the third party already has an account),
 * or asked for by a third party (requested, nothing visible until the candidate approves).
 */
export class Connection extends AggregateRoot {
  id!: string;
  candidateAccountId!: string;
  candidateNumber!: string;
  candidateEmail!: string;
  candidateName!: string;
  thirdPartyFirstName!: string;
  thirdPartySurname!: string;
  thirdPartyEmail!: string;
  thirdPartyCompany!: string;
  thirdPartyAccountId!: string | null;
  status!: ConnectionStatus;
  permissions!: ConnectionPermission[];
  requestMessage!: string | null;
  createdAt!: Date;
  approvedAt!: Date | null;
  expiresAt!: Date | null;
  endedAt!: Date | null;
  reminderSentAt!: Date | null;
  updatedAt!: Date;

  /** A candidate shares documents with a third party, who is invited by email (or sees them at once when registered). */
  static share(input: {
    candidate: CandidateParty;
    thirdParty: ThirdPartyDetails;
    thirdPartyAccountId: string | null;
    expiresAt: Date | null;
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>;
    shareable: ShareableDocumentSet[];
    now: Date;
  }): Connection {
    const connection = new Connection();
    connection.id = newId();
    connection.setCandidate(input.candidate);
    connection.setThirdParty(input.thirdParty);
    connection.thirdPartyAccountId = input.thirdPartyAccountId;
    connection.permissions = checkPermissions(input.permissions, input.shareable);
    connection.expiresAt = expiryFor(input.expiresAt, input.now);
    connection.status = input.thirdPartyAccountId ? 'active' : 'invited';
    connection.requestMessage = null;
    connection.createdAt = input.now;
    // The candidate's own sharing is their approval.
    connection.approvedAt = input.now;
    connection.endedAt = null;
    connection.reminderSentAt = null;
    connection.updatedAt = input.now;
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
    connection.id = newId();
    connection.setCandidate(input.candidate);
    connection.setThirdParty(input.thirdParty);
    connection.thirdPartyAccountId = input.thirdPartyAccountId;
    connection.permissions = [];
    connection.expiresAt = null;
    connection.status = 'requested';
    connection.requestMessage = input.message;
    connection.createdAt = input.now;
    connection.approvedAt = null;
    connection.endedAt = null;
    connection.reminderSentAt = null;
    connection.updatedAt = input.now;
    connection.record(new ConnectionRequested(connection.id));
    return connection;
  }

  isLive(): boolean {
    return LIVE_STATUSES.includes(this.status);
  }

  /** Adding a connection again for the same third party updates this one instead of making a second. */
  reshare(input: {
    candidate: CandidateParty;
    thirdParty: ThirdPartyDetails;
    thirdPartyAccountId: string | null;
    expiresAt: Date | null;
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>;
    shareable: ShareableDocumentSet[];
    now: Date;
  }): void {
    this.assertLive();
    this.permissions = checkPermissions(input.permissions, input.shareable);
    this.expiresAt = expiryFor(input.expiresAt, input.now);
    this.setCandidate(input.candidate);
    this.setThirdParty(input.thirdParty);
    this.thirdPartyAccountId ??= input.thirdPartyAccountId;
    if (this.status === 'requested' || (this.status === 'invited' && this.thirdPartyAccountId))
      this.status = 'active';
    this.approvedAt ??= input.now;
    this.reminderSentAt = null;
    this.updatedAt = input.now;
    this.record(new ConnectionInvited(this.id));
  }

  /** The candidate says yes to a third party's request, choosing documents and expiry. */
  approve(input: {
    expiresAt: Date | null;
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>;
    shareable: ShareableDocumentSet[];
    now: Date;
  }): void {
    if (this.status !== 'requested') throw new ConnectionNotAwaitingApprovalError();
    this.permissions = checkPermissions(input.permissions, input.shareable);
    this.expiresAt = expiryFor(input.expiresAt, input.now);
    this.status = 'active';
    this.approvedAt = input.now;
    this.updatedAt = input.now;
    this.record(new ConnectionApproved(this.id));
  }

  decline(now: Date): void {
    if (this.status !== 'requested') throw new ConnectionNotAwaitingApprovalError();
    this.status = 'declined';
    this.endedAt = now;
    this.updatedAt = now;
    this.record(new ConnectionDeclined(this.id));
  }

  /** Extend or reduce how long the third party may look; the reminder is due again for the new date. */
  changeExpiry(expiresAt: Date, now: Date): void {
    this.assertGranted(now);
    this.expiresAt = expiryFor(expiresAt, now);
    this.reminderSentAt = null;
    this.updatedAt = now;
    this.record(new ConnectionExpiryChanged(this.id, this.expiresAt));
  }

  changePermissions(
    permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>,
    shareable: ShareableDocumentSet[],
    now: Date,
  ): void {
    this.assertGranted(now);
    this.permissions = checkPermissions(permissions, shareable, true);
    this.updatedAt = now;
    this.record(
      new ConnectionPermissionsChanged(
        this.id,
        this.permissions.map((p) => p.certificateNumber),
      ),
    );
  }

  /** Access ends at once. */
  delete(now: Date): void {
    this.assertLive();
    this.status = 'deleted';
    this.endedAt = now;
    this.updatedAt = now;
    this.record(new ConnectionDeleted(this.id));
  }

  /** The candidate's login email changed; notices about this connection go to the new one. */
  candidateEmailChanged(email: string, now: Date): boolean {
    if (this.candidateEmail === email) return false;
    this.candidateEmail = email;
    this.updatedAt = now;
    return true;
  }

  /**
   * The third party's login email changed: notices about this connection go to the new address. The
   * connection stays the account's whatever its address (docs/adr/0009).
   */
  thirdPartyEmailChanged(email: string, now: Date): boolean {
    const address = email.trim().toLowerCase();
    if (this.thirdPartyEmail === address) return false;
    this.thirdPartyEmail = address;
    this.updatedAt = now;
    return true;
  }

  /** The invited third party now has a verified account with the invited email address. */
  activateFor(thirdPartyAccountId: string, now: Date): void {
    if (this.status !== 'invited') return;
    this.thirdPartyAccountId = thirdPartyAccountId;
    this.status = 'active';
    this.updatedAt = now;
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

  private setCandidate(candidate: CandidateParty): void {
    this.candidateAccountId = candidate.accountId;
    this.candidateNumber = candidate.candidateNumber;
    this.candidateEmail = candidate.email;
    this.candidateName = candidate.name;
  }

  private setThirdParty(thirdParty: ThirdPartyDetails): void {
    this.thirdPartyFirstName = thirdParty.firstName.trim();
    this.thirdPartySurname = thirdParty.surname.trim();
    this.thirdPartyEmail = thirdParty.email.trim().toLowerCase();
    this.thirdPartyCompany = thirdParty.company.trim();
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
