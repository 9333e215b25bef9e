import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { constants, createHash, createPrivateKey, KeyObject, privateEncrypt } from 'node:crypto';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { PdfSignatureDetails, PdfSigner } from '../../application/pdf-signing';
import { DocumentSigningKeyStore } from './document-signing-certificate';

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

const { asn1 } = forge;

/** DigestInfo (RFC 8017, 9.2): what an RSASSA-PKCS1-v1_5 signature signs. */
function digestInfo(md: forge.md.MessageDigest): Buffer {
  const algorithm = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.sha256).getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  ]);
  const digest = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, md.digest().getBytes());
  const info = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [algorithm, digest]);
  return Buffer.from(asn1.toDer(info).getBytes(), 'binary');
}

/**
 * The signing key as node-forge's CMS builder calls it (`key.sign(md)`), with the RSA operation done by
 * Node's native crypto: forge's JavaScript RSA took about 37 of the 42 ms a signature cost, native takes
 * under 1 ms (docs/benchmarks.md). privateEncrypt with PKCS#1 padding is RSASSA-PKCS1-v1_5 over the
 * DigestInfo, exactly what forge computes.
 */
function nativeRsaKey(key: KeyObject): forge.pki.rsa.PrivateKey {
  const sign = (md: forge.md.MessageDigest): string =>
    privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, digestInfo(md)).toString('binary');
  return { sign } as unknown as forge.pki.rsa.PrivateKey;
}

/**
 * @signpdf's P12Signer, with the P12 opened once instead of on every signature (and so reusable: the
 * library's instance consumes its buffer). The CMS is built by node-forge exactly as P12Signer does;
 * only the RSA operation is Node's.
 */
class OpenedP12Signer extends Signer {
  private readonly key: forge.pki.rsa.PrivateKey;

  constructor(private readonly identity: SigningIdentity) {
    super();
    this.key = nativeRsaKey(createPrivateKey(forge.pki.privateKeyToPem(identity.privateKey)));
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { certificate, chain } = this.identity;
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    chain.forEach((cert) => p7.addCertificate(cert));
    p7.addSigner({
      key: this.key,
      certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** PAdES signing with pdf-lib (signature field and placeholder) and @signpdf (the CMS in the placeholder). */
export class P12PdfSigner extends PdfSigner {
  readonly certificateFingerprint: string;
  private readonly signer: OpenedP12Signer;

  constructor(identity: SigningIdentity) {
    super();
    this.signer = new OpenedP12Signer(identity);
    this.certificateFingerprint = certificateFingerprint(identity.certificate).slice(0, 16);
  }

  async sign(pdf: Buffer, details: PdfSignatureDetails): Promise<Buffer> {
    // pdf-lib yields to the event loop (a setTimeout) every 100 objects it parses and every 50 it writes
    // by default: a millisecond or more each time, several times a document, for work of a few milliseconds.
    const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const signingTime = new Date();
    pdflibAddPlaceholder({
      pdfDoc: document,
      reason: details.reason,
      location: details.location,
      name: details.signerName,
      contactInfo: details.contactInfo,
      signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    });
    // @signpdf finds the placeholder in plain objects: no object streams.
    const prepared = Buffer.from(
      await document.save({
        useObjectStreams: false,
        updateFieldAppearances: false,
        objectsPerTick: Infinity,
      }),
    );
    return signpdf.sign(prepared, this.signer, signingTime);
  }
}
