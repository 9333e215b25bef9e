import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { CredentialSigner } from '../../application/ports/credential-signer';
import { CredentialSigningKey } from './credential-signing-key';
import {
  documentLoaderFor,
  MULTIKEY_CONTEXT,
  OPEN_BADGES_V3_CONTEXT,
  VC_V2_CONTEXT,
} from './json-ld-contexts';

/**
 * The terms a controller document needs (which keys it has, and which may assert credentials), with the
 * Security Vocabulary's IRIs: the VC 2.0 and Open Badges contexts define them only inside proofs.
 */
const CONTROLLER_TERMS = {
  verificationMethod: {
    '@id': 'https://w3id.org/security#verificationMethod',
    '@type': '@id',
    '@container': '@set',
  },
  assertionMethod: {
    '@id': 'https://w3id.org/security#assertionMethod',
    '@type': '@id',
    '@container': '@set',
  },
};

/**
 * Data Integrity proofs (`eddsa-rdfc-2022`) by @digitalbazaar/vc with an Ed25519 Multikey. The issuer is
 * an https URL (ADR 0013): its profile is the controller document of the key, so `issuer.id` and the
 * proof's `verificationMethod` both resolve there.
 */
export class DataIntegrityCredentialSigner extends CredentialSigner {
  readonly issuerId: string;
  private readonly keyId: string;
  private readonly keyPair: Promise<Ed25519Multikey.Ed25519KeyPair>;
  private readonly documentLoader = documentLoaderFor(() => undefined);

  constructor(
    private readonly options: { publicUrl: string; issuerName: string; key: Promise<CredentialSigningKey> },
  ) {
    super();
    this.issuerId = `${options.publicUrl}/api/v1/credentials/issuer`;
    this.keyId = `${this.issuerId}#key-1`;
    this.keyPair = options.key.then((key) =>
      Ed25519Multikey.from({
        id: this.keyId,
        controller: this.issuerId,
        type: 'Multikey',
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyMultibase: key.secretKeyMultibase,
      }),
    );
    // A bad key must stop start-up, not the first issue: the module awaits `ready`.
    this.keyPair.catch(() => undefined);
  }

  /** Resolves once the key is loaded (rejects when it cannot be). */
  get ready(): Promise<unknown> {
    return this.keyPair;
  }

  async issuerProfile(): Promise<Record<string, unknown>> {
    const keyPair = await this.keyPair;
    return {
      '@context': [VC_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT, MULTIKEY_CONTEXT, CONTROLLER_TERMS],
      id: this.issuerId,
      type: ['Profile'],
      name: this.options.issuerName,
      url: this.options.publicUrl,
      verificationMethod: [
        {
          id: this.keyId,
          type: 'Multikey',
          controller: this.issuerId,
          publicKeyMultibase: keyPair.publicKeyMultibase,
        },
      ],
      assertionMethod: [this.keyId],
    };
  }

  async sign(credential: Record<string, unknown>): Promise<Record<string, unknown>> {
    const suite = new DataIntegrityProof({ signer: (await this.keyPair).signer(), cryptosuite });
    // issue() adds the proof to the object it is given.
    return issue({ credential: structuredClone(credential), suite, documentLoader: this.documentLoader });
  }

  async signStatusList(
    listUrl: string,
    length: number,
    revokedIndexes: number[],
  ): Promise<Record<string, unknown>> {
    const list = await createList({ length });
    for (const index of revokedIndexes) list.setStatus(index, true);
    const credential = await createCredential({ id: listUrl, list, statusPurpose: 'revocation' });
    return this.sign({ ...credential, issuer: this.issuerId, validFrom: new Date().toISOString() });
  }
}
