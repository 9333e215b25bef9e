import { extractSignature } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash, verify } from 'node:crypto';
import { PdfSignatureCheck, PdfSignatureVerifier } from '../../application/pdf-signing';
import { certificateFingerprint } from './p12-pdf-signer';

const OID = {
  messageDigest: forge.pki.oids.messageDigest,
  signingTime: forge.pki.oids.signingTime,
};
const DIGESTS: Record<string, string> = {
  [forge.pki.oids.sha256]: 'sha256',
  [forge.pki.oids.sha384]: 'sha384',
  [forge.pki.oids.sha512]: 'sha512',
};

/** The verification code Veri writes in the PDF's document information (see withDocumentInfo). */
const VERIFICATION_CODE = /\/VerificationCode\s*<([0-9A-Fa-f]+)>/;

interface SignerInfo {
  certificate: forge.pki.Certificate;
  digest: string;
  messageDigest: Buffer;
  signingTime: Date | null;
  signedAttributes: Buffer;
  signature: Buffer;
}

/**
 * Checks the last signature of a PDF by reading bytes only: the ByteRange and the CMS in /Contents
 * (@signpdf extracts them, node-forge reads the ASN.1) and Node's crypto for the digest and the RSA
 * signature. Nothing in the upload is rendered or run. Valid means: the signer is our certificate, the
 * signed attributes carry the digest of the signed bytes, the signature over them verifies, and the
 * signed ranges cover the whole file (nothing appended after signing).
 */
export class ForgePdfSignatureVerifier extends PdfSignatureVerifier {
  constructor(
    /** SHA-256 fingerprints (hex) of the certificates whose signatures count as ours. */
    private readonly trustedFingerprints: string[],
  ) {
    super();
  }

  async check(pdf: Buffer): Promise<PdfSignatureCheck> {
    const signatures = countOccurrences(pdf, '/ByteRange [');
    if (signatures === 0) return missing();
    let byteRange: number[];
    let signedData: Buffer;
    let signer: SignerInfo;
    try {
      const extracted = extractSignature(pdf, signatures) as { ByteRange: number[]; signedData: Buffer };
      byteRange = extracted.ByteRange;
      signedData = extracted.signedData;
      signer = readSignerInfo(signatureContents(pdf, byteRange));
    } catch {
      return { ...missing(), signature: 'invalid', problem: 'unreadable' };
    }
    const signedBy = nameOf(signer.certificate);
    const found = { signedBy, signedAt: signer.signingTime, verificationCode: null };
    const digest = createHash(signer.digest).update(signedData).digest();
    const intact =
      digest.equals(signer.messageDigest) &&
      verify(
        signer.digest,
        signer.signedAttributes,
        forge.pki.certificateToPem(signer.certificate),
        signer.signature,
      );
    const wholeFile = byteRange[0] === 0 && byteRange[2] + byteRange[3] === pdf.length;
    if (!intact || !wholeFile) return { ...found, signature: 'invalid', problem: 'changed' };
    if (!this.trustedFingerprints.includes(certificateFingerprint(signer.certificate))) {
      return { ...found, signature: 'invalid', problem: 'not-ours' };
    }
    return { ...found, signature: 'valid', verificationCode: verificationCodeIn(signedData) };
  }
}

function missing(): PdfSignatureCheck {
  return { signature: 'missing', signedBy: null, signedAt: null, verificationCode: null };
}

/**
 * The CMS in /Contents, the hex between the signed ranges with its zero padding. @signpdf's
 * extractSignature strips every trailing "00" as padding, so a signature whose last byte is zero (one in
 * 256) came out cut short and read as unreadable: the padding is left here for the DER's own length to
 * end the reading (`parseAllBytes: false` in readSignerInfo).
 */
function signatureContents(pdf: Buffer, byteRange: number[]): string {
  const hex = pdf
    .subarray(byteRange[0] + byteRange[1], byteRange[2])
    .toString('latin1')
    .replace(/^</, '')
    .replace(/>$/, '');
  return Buffer.from(hex, 'hex').toString('binary');
}

/** node-forge's DER reader with the options it takes (its typings leave them out). */
type DerReader = (bytes: string, options: { parseAllBytes: boolean }) => forge.asn1.Asn1;
const readDer = forge.asn1.fromDer as unknown as DerReader;

/** The DER that `bytes` begins with, read to its own end: what follows (a signature field's zero padding) is left. */
export const fromDerIgnoringPadding = (bytes: string): forge.asn1.Asn1 =>
  readDer(bytes, { parseAllBytes: false });

function readSignerInfo(der: string): SignerInfo {
  // node-forge's SignedData reader captures the first signer's fields (its typings leave them out).
  const cms = fromDerIgnoringPadding(der);
  const message = forge.pkcs7.messageFromAsn1(cms) as forge.pkcs7.PkcsSignedData & {
    rawCapture: {
      serial?: string;
      digestAlgorithm?: string;
      authenticatedAttributes?: forge.asn1.Asn1[];
      signature?: string;
    };
  };
  const capture = message.rawCapture;
  if (!capture.serial || !capture.digestAlgorithm || !capture.signature)
    throw new Error('No signer information');
  const serial = forge.util.createBuffer(capture.serial).toHex();
  const certificate = message.certificates.find((cert) => cert.serialNumber === serial.replace(/^00/, ''));
  const digest = DIGESTS[forge.asn1.derToOid(capture.digestAlgorithm)];
  const attributes: forge.asn1.Asn1[] = capture.authenticatedAttributes ?? [];
  if (!certificate || !digest || attributes.length === 0) throw new Error('Incomplete signer information');
  let messageDigest: Buffer | undefined;
  let signingTime: Date | null = null;
  for (const attribute of attributes) {
    const [type, values] = attribute.value as forge.asn1.Asn1[];
    const oid = forge.asn1.derToOid(type.value as string);
    const value = (values.value as forge.asn1.Asn1[])[0];
    if (oid === OID.messageDigest) messageDigest = Buffer.from(value.value as string, 'binary');
    if (oid === OID.signingTime) signingTime = timeOf(value);
  }
  if (!messageDigest) throw new Error('No message digest');
  // The signature covers the DER of the signed attributes as a SET (RFC 5652, 5.4), not as [0].
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  return {
    certificate,
    digest,
    messageDigest,
    signingTime,
    signedAttributes: Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'),
    signature: Buffer.from(capture.signature as string, 'binary'),
  };
}

function timeOf(value: forge.asn1.Asn1): Date | null {
  const text = value.value as string;
  if (value.type === forge.asn1.Type.UTCTIME) return forge.asn1.utcTimeToDate(text);
  if (value.type === forge.asn1.Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(text);
  return null;
}

function nameOf(certificate: forge.pki.Certificate): string {
  const field = (name: string) => certificate.subject.getField(name)?.value as string | undefined;
  return field('O') ?? field('CN') ?? 'an unnamed signer';
}

function countOccurrences(buffer: Buffer, text: string): number {
  let count = 0;
  for (let at = buffer.indexOf(text); at !== -1; at = buffer.indexOf(text, at + 1)) count++;
  return count;
}

function verificationCodeIn(signed: Buffer): string | null {
  const match = VERIFICATION_CODE.exec(signed.toString('latin1'));
  if (!match) return null;
  const utf16be = Buffer.from(match[1], 'hex');
  if (utf16be.length < 4 || utf16be.length % 2 !== 0) return null;
  const text = Buffer.from(utf16be.subarray(2)).swap16().toString('utf16le');
  return text || null;
}
