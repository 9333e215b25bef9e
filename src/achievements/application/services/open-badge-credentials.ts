import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Achievement } from '../../domain/achievement';
import { AchievementKind } from '../../domain/achievement-kind';
import { DocumentNotAvailableError } from '../../domain/achievement.errors';
import { CredentialSigner } from '../ports/credential-signer';
import { CredentialStatusRegistry, StatusListPosition } from '../ports/credential-status-registry';
import { DocumentSettings } from '../ports/document-settings';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OPEN_BADGES_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Open Badges 3.0 achievement types (its AchievementType vocabulary). */
const ACHIEVEMENT_TYPES: Record<AchievementKind, string> = {
  qualification: 'Certificate',
  qap: 'Certificate',
  accreditation: 'Certification',
};

/**
 * Open Badges 3.0 credentials (OpenBadgeCredential, VC Data Model 2.0) of achievements, and their
 * revocation through Bitstring Status Lists. Each version of an achievement's data has its own
 * position in a list: a correction revokes the credentials of the old data, a revocation all of them.
 */
@Injectable()
export class OpenBadgeCredentials {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly registry: CredentialStatusRegistry,
    private readonly settings: DocumentSettings,
  ) {}

  async credentialFor(achievement: Achievement): Promise<Record<string, unknown>> {
    const availability = achievement.document('ecertificate');
    if (!availability.available) throw new DocumentNotAvailableError(availability.reason!);
    const facts = credentialFacts(achievement);
    const hash = dataHash(facts);
    const position = await this.registry.positionFor(achievement.id, hash);
    return this.signer.sign(this.unsigned(achievement, facts, hash, position));
  }

  /** The signed status list as last published; published now if it never was. Undefined: no such list. */
  async statusList(listId: number): Promise<Record<string, unknown> | undefined> {
    const published = await this.registry.publishedList(listId);
    if (published) return published;
    if (!(await this.registry.listExists(listId))) return undefined;
    return this.publish(listId);
  }

  /** After a correction or revocation: revoke the superseded credentials and republish their lists. */
  async refreshStatus(achievement: Achievement): Promise<void> {
    const keep = achievement.isRevoked() ? null : dataHash(credentialFacts(achievement));
    for (const listId of await this.registry.revokeAllBut(achievement.id, keep)) await this.publish(listId);
  }

  private async publish(listId: number): Promise<Record<string, unknown>> {
    const credential = await this.signer.signStatusList(
      this.statusListUrl(listId),
      CredentialStatusRegistry.LIST_LENGTH,
      await this.registry.revokedIndexes(listId),
    );
    await this.registry.publishList(listId, credential);
    return credential;
  }

  private statusListUrl(listId: number): string {
    return this.settings.portalUrl(`api/v1/credentials/status/${listId}`);
  }

  private unsigned(
    achievement: Achievement,
    facts: CredentialFacts,
    hash: string,
    position: StatusListPosition,
  ): Record<string, unknown> {
    const issuerName = this.settings.signature.signerName;
    const statusListCredential = this.statusListUrl(position.listId);
    return {
      '@context': [VC_V2, OPEN_BADGES_V3],
      id: `urn:uuid:${uuidFrom(`${achievement.id}:${hash}`)}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: facts.title,
      description: `${facts.title}, awarded to ${facts.fullName} by ${issuerName}. Certificate number ${facts.certificateNumber}; check it at ${this.settings.verificationUrl(achievement.verificationCode)}.`,
      issuer: {
        id: this.signer.issuerId,
        type: ['Profile'],
        name: issuerName,
        url: this.settings.portalUrl(''),
      },
      validFrom: `${facts.issueDate}T00:00:00Z`,
      ...(facts.expiryDate ? { validUntil: `${facts.expiryDate}T23:59:59Z` } : {}),
      credentialSubject: {
        type: ['AchievementSubject'],
        // The holder by name only: no email address or date of birth travels in the credential.
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.fullName },
        ],
        achievement: {
          id: `urn:uuid:${uuidFrom(`achievement:${facts.kind}:${facts.qualificationNumber ?? facts.title}`)}`,
          type: ['Achievement'],
          achievementType: ACHIEVEMENT_TYPES[facts.kind],
          name: facts.title,
          description:
            facts.description ??
            `${facts.title} (${facts.kind === 'accreditation' ? 'accreditation' : 'qualification'}).`,
          criteria: {
            narrative: `Awarded by ${issuerName} to a candidate who met every assessment requirement of ${facts.title}${facts.qualificationNumber ? ` (qualification number ${facts.qualificationNumber})` : ''}.`,
          },
          ...(facts.qualificationNumber ? { humanCode: facts.qualificationNumber } : {}),
        },
      },
      credentialStatus: {
        id: `${statusListCredential}#${position.index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(position.index),
        statusListCredential,
      },
    };
  }
}

interface CredentialFacts {
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber: string | null;
  fullName: string;
  issueDate: string;
  expiryDate: string | null;
  description: string | null;
}

/** What a credential says: any change to these (a correction) makes a new credential. */
function credentialFacts(achievement: Achievement): CredentialFacts {
  return {
    certificateNumber: achievement.certificateNumber,
    kind: achievement.kind,
    title: achievement.title,
    qualificationNumber: achievement.qualificationNumber ?? null,
    fullName: achievement.fullName,
    issueDate: achievement.issueDate,
    expiryDate: achievement.expiryDate ?? null,
    description: achievement.description ?? null,
  };
}

function dataHash(facts: CredentialFacts): string {
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 32);
}

/** A stable UUID (version 8, name-based with SHA-256) so the same credential keeps the same id. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
