import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { CredentialCheck, CredentialChecker } from '../../application/ports/credential-checker';
import { JSON_LD_CONTEXTS } from './json-ld-contexts';

/** @digitalbazaar/vc's verifyCredential with the bundled contexts and the app's own documents only. */
export class DataIntegrityCredentialChecker extends CredentialChecker {
  async check(
    credential: Record<string, unknown>,
    resolve: (url: string) => Promise<unknown | undefined>,
  ): Promise<CredentialCheck> {
    const documentLoader = async (url: string) => {
      const document = JSON_LD_CONTEXTS.get(url) ?? (await resolve(url));
      if (document === undefined) throw new Error(`Not one of this issuer's documents: ${url}`);
      return { contextUrl: null, documentUrl: url, document };
    };
    const validUntil = typeof credential.validUntil === 'string' ? Date.parse(credential.validUntil) : NaN;
    const expired = Number.isFinite(validUntil) && validUntil < Date.now();
    try {
      const result = await verifyCredential({
        credential: structuredClone(credential),
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader,
        checkStatus,
      });
      const status = result.statusResult?.results?.[0];
      const proofValid = result.verified || (expired && Boolean(status?.verified));
      if (!proofValid) return { proof: 'invalid', revoked: null, expired };
      return { proof: 'valid', revoked: status ? Boolean(status.status) : null, expired };
    } catch {
      return { proof: 'invalid', revoked: null, expired };
    }
  }
}
