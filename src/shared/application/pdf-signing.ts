/**
 * PAdES signatures on the PDFs Veri issues (eCertificates, eTranscripts, proof of qualification
 * letters), so that anyone can tell offline that a document is the awarding body's and unchanged.
 */
export interface PdfSignatureDetails {
  /** Why it is signed, shown by PDF readers ("Issued by ... as the awarding body"). */
  reason: string;
  /** Where it is signed (SIGNING_LOCATION). */
  location: string;
  /** Who signs: the awarding body's name. */
  signerName: string;
  /** How to reach the signer (a URL or an address). */
  contactInfo: string;
}

/** Signs a rendered PDF: `ETSI.CAdES.detached`, SHA-256, with the signing time. */
export abstract class PdfSigner {
  /** A short fingerprint of the signing certificate: changes when the key does. */
  abstract readonly certificateFingerprint: string;

  abstract sign(pdf: Buffer, details: PdfSignatureDetails): Promise<Buffer>;
}

export interface PdfSignatureCheck {
  /**
   * valid: signed by our certificate, and no byte changed or added since; invalid: signed, but by
   * someone else, or changed after signing, or the signature cannot be read; missing: no signature.
   */
  signature: 'valid' | 'invalid' | 'missing';
  /** Why an invalid signature is invalid, in words a person understands. */
  problem?: 'not-ours' | 'changed' | 'unreadable';
  /** The signing certificate's organisation or common name, when there is a readable signature. */
  signedBy: string | null;
  signedAt: Date | null;
  /** The verification code the document carries in its signed metadata (only when valid). */
  verificationCode: string | null;
}

/**
 * Checks the signature of an uploaded PDF against our signing certificate. It only reads bytes: the
 * upload is never rendered, parsed as a page description, or run.
 */
export abstract class PdfSignatureVerifier {
  abstract check(pdf: Buffer): Promise<PdfSignatureCheck>;
}
