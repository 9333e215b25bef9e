import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CredentialChecker } from '../../ports/credential-checker';
import { CredentialSigner } from '../../ports/credential-signer';
import { DocumentSettings } from '../../ports/document-settings';
import { OpenBadgeCredentials } from '../../services/open-badge-credentials';
import { CheckCredential, CredentialCheckResult } from './check-credential.query';

/** Resolves only our issuer profile, its key and our status lists: a credential of anyone else fails. */
@QueryHandler(CheckCredential)
export class CheckCredentialHandler implements IQueryHandler<CheckCredential, CredentialCheckResult> {
  constructor(
    private readonly checker: CredentialChecker,
    private readonly signer: CredentialSigner,
    private readonly credentials: OpenBadgeCredentials,
    private readonly settings: DocumentSettings,
  ) {}

  async execute({ credential }: CheckCredential): Promise<CredentialCheckResult> {
    const statusPrefix = this.settings.portalUrl('api/v1/credentials/status/');
    const check = await this.checker.check(credential, async (url) => {
      const profile = await this.signer.issuerProfile();
      if (url === this.signer.issuerId) return profile;
      const key = (profile.verificationMethod as Array<Record<string, unknown>>).find((k) => k.id === url);
      if (key) return { '@context': 'https://w3id.org/security/multikey/v1', ...key };
      const listId = url.startsWith(statusPrefix) ? url.slice(statusPrefix.length) : '';
      return /^[1-9]\d{0,8}$/.test(listId) ? this.credentials.statusList(Number(listId)) : undefined;
    });
    if (check.proof === 'invalid')
      return { proof: 'invalid', status: 'unknown', title: null, holderName: null, validFrom: null };
    const subject = (credential.credentialSubject ?? {}) as {
      achievement?: { name?: string };
      identifier?: Array<{ identityType?: string; identityHash?: string }>;
    };
    return {
      proof: 'valid',
      status: check.revoked
        ? 'revoked'
        : check.expired
          ? 'expired'
          : check.revoked === false
            ? 'valid'
            : 'unknown',
      title: subject.achievement?.name ?? null,
      holderName: subject.identifier?.find((id) => id.identityType === 'name')?.identityHash ?? null,
      validFrom: typeof credential.validFrom === 'string' ? credential.validFrom.slice(0, 10) : null,
    };
  }
}
