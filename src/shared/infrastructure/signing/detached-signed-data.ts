import forge from 'node-forge';
import { createHash, createSign, KeyObject } from 'node:crypto';

const { asn1 } = forge;
const { oids } = forge.pki;

export interface SignedDataSigner {
  /** The certificate whose key signs; `chain` (which includes it) is embedded as it is, in its order. */
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
  key: KeyObject;
}

const sequence = (values: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, values);
const set = (values: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, values);
const oid = (value: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: Buffer) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (value: number) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const algorithm = (value: string) =>
  sequence([oid(value), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
const attribute = (type: string, value: forge.asn1.Asn1) => sequence([oid(type), set([value])]);
const der = (value: forge.asn1.Asn1) => Buffer.from(asn1.toDer(value).getBytes(), 'binary');

/** RFC 5652, 11.3: UTCTime from 1950 to 2049, GeneralizedTime otherwise. */
function time(date: Date): forge.asn1.Asn1 {
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

/**
 * Detached CMS SignedData (RFC 5652) over the content it is given: SHA-256, RSASSA-PKCS1-v1_5, the signed
 * attributes content type, signing time and message digest, and the chain embedded. Each is, byte for byte,
 * what node-forge's pkcs7 builds for @signpdf's P12Signer (a test holds it to that), with the hashing and the
 * RSA operation done by Node's native crypto: forge digests the content itself, in JavaScript, after copying
 * it into strings twice, which cost about 0.8 of the 2.8 ms an eCertificate's signature took (docs/benchmarks.md).
 * The parts that never change (the certificates, who signs) are encoded once.
 */
export function detachedSignedData(signer: SignedDataSigner): (content: Buffer, signingTime: Date) => Buffer {
  const { certificate, chain, key } = signer;
  const certificates = chain.map((cert) => forge.pki.certificateToAsn1(cert));
  const issuerAndSerialNumber = sequence([
    forge.pki.distinguishedNameToAsn1(certificate.issuer),
    asn1.create(
      asn1.Class.UNIVERSAL,
      asn1.Type.INTEGER,
      false,
      forge.util.hexToBytes(certificate.serialNumber),
    ),
  ]);
  return (content, signingTime) => {
    const signedAttributes = [
      attribute(oids.contentType, oid(oids.data)),
      attribute(oids.signingTime, time(signingTime)),
      attribute(oids.messageDigest, octets(createHash('sha256').update(content).digest())),
    ];
    // The signature covers the attributes encoded as a SET (RFC 5652, 5.4), not as the [0] they are sent in.
    const signature = createSign('sha256')
      .update(der(set(signedAttributes)))
      .sign(key);
    const signerInfo = sequence([
      integer(1),
      issuerAndSerialNumber,
      algorithm(oids.sha256),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, signedAttributes),
      algorithm(oids.rsaEncryption),
      octets(signature),
    ]);
    const signedData = sequence([
      integer(1),
      set([algorithm(oids.sha256)]),
      sequence([oid(oids.data)]),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, certificates),
      set([signerInfo]),
    ]);
    return der(
      sequence([oid(oids.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]),
    );
  };
}
