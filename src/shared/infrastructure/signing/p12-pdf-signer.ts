import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash, createPrivateKey } from 'node:crypto';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { PdfSignatureDetails, PdfSigner } from '../../application/pdf-signing';
import { detachedSignedData } from './detached-signed-data';
import { DocumentSigningKeyStore } from './document-signing-certificate';
import { SignaturePlaceholder, withSignaturePlaceholder } from './signature-placeholder';

/** Room for the CMS signature: an RSA-4096 signature with a chain of a few certificates fits. */
const SIGNATURE_LENGTH = 16384;

export interface SigningIdentity {
  privateKey: forge.pki.PrivateKey;
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
}

/** Opens the P12 once: decrypting it is the slow part (key derivation), so it is never done per PDF. */
export function openKeyStore(store: DocumentSigningKeyStore): SigningIdentity {
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(store.p12.toString('binary')),
    false,
    store.passphrase,
  );
  const keyBag =
    p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0] ??
    p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]?.[0];
  const privateKey = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!privateKey) throw new Error(`${store.source} holds no private key`);
  const chain = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert));
  const certificate = chain.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(privateKey.n) && publicKey.e?.equals(privateKey.e);
  });
  if (!certificate) throw new Error(`${store.source} holds no certificate for its private key`);
  return { privateKey, certificate, chain };
}

export function certificateFingerprint(certificate: forge.pki.Certificate): string {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  return createHash('sha256').update(der).digest('hex');
}

/** @signpdf's Signer, with the P12 opened once (the library's P12Signer opens it on every signature). */
class OpenedP12Signer extends Signer {
  private readonly signedData: (content: Buffer, signingTime: Date) => Buffer;

  constructor({ privateKey, certificate, chain }: SigningIdentity) {
    super();
    const key = createPrivateKey(forge.pki.privateKeyToPem(privateKey));
    this.signedData = detachedSignedData({ certificate, chain, key });
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    return this.signedData(pdfBuffer, signingTime ?? new Date());
  }
}

/**
 * PAdES signing: the signature field and its placeholder added as an incremental update (pdf-lib for a PDF of
 * another shape), then @signpdf puts the CMS in the placeholder.
 */
export class P12PdfSigner extends PdfSigner {
  readonly certificateFingerprint: string;
  private readonly signer: OpenedP12Signer;

  constructor(identity: SigningIdentity) {
    super();
    this.signer = new OpenedP12Signer(identity);
    this.certificateFingerprint = certificateFingerprint(identity.certificate).slice(0, 16);
  }

  async sign(pdf: Buffer, details: PdfSignatureDetails): Promise<Buffer> {
    const signingTime = new Date();
    const placeholder = {
      reason: details.reason,
      location: details.location,
      name: details.signerName,
      contactInfo: details.contactInfo,
      signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    };
    // Chromium's PDFs take the incremental update; pdf-lib adds the placeholder to any other.
    const prepared =
      withSignaturePlaceholder(pdf, placeholder) ?? (await withPdfLibPlaceholder(pdf, placeholder));
    return signpdf.sign(prepared, this.signer, signingTime);
  }
}

async function withPdfLibPlaceholder(pdf: Buffer, placeholder: SignaturePlaceholder): Promise<Buffer> {
  // pdf-lib yields to the event loop (a setTimeout) every 100 objects it parses and every 50 it writes
  // by default: a millisecond or more each time, several times a document, for work of a few milliseconds.
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  pdflibAddPlaceholder({ pdfDoc: document, ...placeholder });
  // @signpdf finds the placeholder in plain objects: no object streams.
  return Buffer.from(
    await document.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity }),
  );
}
