import forge from 'node-forge';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepOrCreate } from './key-files';

export interface DocumentSigningKeyStore {
  p12: Buffer;
  passphrase: string;
  /** Where it came from, for the start-up log. */
  source: string;
}

/** Only protects the generated development key, which sits unencrypted next to it anyway. */
const DEVELOPMENT_PASSPHRASE = 'development';

/**
 * The PDF signing certificate and key: SIGNING_P12_PATH + SIGNING_P12_PASSPHRASE when given (always in
 * production, where the configuration refuses to start without them), otherwise a self-signed
 * development certificate made at first start under DATA_DIR/keys and kept.
 */
export function documentSigningKeyStore(options: {
  p12Path?: string;
  p12Passphrase?: string;
  dataDir: string;
  organisation: string;
}): DocumentSigningKeyStore {
  if (options.p12Path) {
    return {
      p12: readFileSync(options.p12Path),
      passphrase: options.p12Passphrase ?? '',
      source: options.p12Path,
    };
  }
  const path = join(options.dataDir, 'keys', 'document-signing.p12');
  const p12 = keepOrCreate(path, () => developmentP12(options.organisation));
  return { p12, passphrase: DEVELOPMENT_PASSPHRASE, source: `${path} (development certificate)` };
}

function developmentP12(organisation: string): Buffer {
  // Node makes the RSA key natively (milliseconds); forge only wraps it in a certificate and a P12.
  const { privateKey: pem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  certificate.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  certificate.validity.notBefore = new Date();
  certificate.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
  const subject = [
    { name: 'commonName', value: `${organisation} document signing (development)` },
    { name: 'organizationName', value: organisation },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], DEVELOPMENT_PASSPHRASE, {
    algorithm: 'aes256',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
