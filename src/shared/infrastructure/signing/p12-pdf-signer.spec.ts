import { P12Signer } from '@signpdf/signer-p12';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { documentSigningKeyStore } from './document-signing-certificate';
import { ForgePdfSignatureVerifier, fromDerIgnoringPadding } from './forge-pdf-signature-verifier';
import { certificateFingerprint, openKeyStore, P12PdfSigner } from './p12-pdf-signer';

const DETAILS = { reason: 'Issued by Veri', location: 'United Kingdom', signerName: 'Veri', contactInfo: '' };

async function onePagePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage().drawText('Certificate of Achievement');
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/**
 * A PDF of a few hundred objects with a cross-reference stream, which only pdf-lib adds a placeholder to:
 * pdf-lib's default parse and save pause every 100 and every 50 objects.
 */
async function manyObjectPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let page = 1; page <= 60; page++) document.addPage().drawText(`Unit ${page}`);
  return Buffer.from(await document.save({ useObjectStreams: true }));
}

describe('P12PdfSigner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'veri-signing-'));
  const store = documentSigningKeyStore({ dataDir, organisation: 'Veri Awarding Body' });
  const identity = openKeyStore(store);
  const signer = new P12PdfSigner(identity);
  const verifier = new ForgePdfSignatureVerifier([certificateFingerprint(identity.certificate)]);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('makes a signature the verifier accepts, and refuses once a signed byte changes', async () => {
    const signed = await signer.sign(await onePagePdf(), DETAILS);
    expect(await verifier.check(signed)).toMatchObject({
      signature: 'valid',
      signedBy: 'Veri Awarding Body',
    });

    const tampered = Buffer.from(signed);
    tampered[100] ^= 1; // inside the first signed range
    expect(await verifier.check(tampered)).toMatchObject({ signature: 'invalid', problem: 'changed' });
  });

  it('reads a signature whose last byte is zero, which the padding of /Contents must not cut short', async () => {
    // One signature in 256 ends in 0x00; PKCS#1 v1.5 is deterministic, so vary the page until one does.
    const signatureOf = (pdf: Buffer) => {
      const range = (/\/ByteRange \[(\d+) +(\d+)/.exec(pdf.toString('latin1')) ?? []).slice(1).map(Number);
      const hex = pdf.toString('latin1', range[0] + range[1] + 1, pdf.indexOf('>', range[0] + range[1]));
      const cms = fromDerIgnoringPadding(Buffer.from(hex, 'hex').toString('binary'));
      return Buffer.from(forge.asn1.toDer(cms).getBytes(), 'binary');
    };
    let signed: Buffer | undefined;
    for (let attempt = 0; attempt < 5000 && !signed; attempt++) {
      const document = await PDFDocument.create();
      document.addPage().drawText(`Certificate ${attempt}`);
      const candidate = await signer.sign(
        Buffer.from(await document.save({ useObjectStreams: false })),
        DETAILS,
      );
      if (signatureOf(candidate).at(-1) === 0) signed = candidate;
    }
    expect(signed).toBeDefined();
    expect(await verifier.check(signed!)).toMatchObject({
      signature: 'valid',
      signedBy: 'Veri Awarding Body',
    });
  });

  it.each([
    ['a short content', Buffer.from('the signed byte ranges of a PDF'), '2026-12-04T12:00:00Z'],
    ["an eCertificate's size", randomBytes(100_000), '2026-12-04T23:59:59Z'],
    ['a signing time from 2050 (GeneralizedTime)', Buffer.from('content'), '2050-01-01T00:00:00Z'],
  ])(
    "builds the same CMS, byte for byte, as @signpdf's P12Signer with node-forge for %s",
    async (_, content, at) => {
      // PKCS#1 v1.5 signatures are deterministic: Node's native digest and RSA must give forge's bytes.
      const signingTime = new Date(at);
      const ours = await (signer as unknown as { signer: P12Signer }).signer.sign(content, signingTime);
      const libraries = await new P12Signer(store.p12, { passphrase: store.passphrase }).sign(
        content,
        signingTime,
      );
      expect(ours.equals(libraries)).toBe(true);
    },
  );

  it('signs a PDF with classic cross-reference tables (as Chromium writes) as an incremental update', async () => {
    const pdf = await onePagePdf();
    const signed = await signer.sign(pdf, DETAILS);
    // The bytes before the update are the file as it was, so they are what the signature covers first.
    expect(signed.subarray(0, pdf.length).equals(pdf)).toBe(true);
    expect(await verifier.check(signed)).toMatchObject({ signature: 'valid' });
  });

  it("signs any other PDF through pdf-lib, without pausing on timers: each of pdf-lib's default pauses costs a millisecond or more", async () => {
    const pdf = await manyObjectPdf();
    const timers = jest.spyOn(global, 'setTimeout');
    try {
      const signed = await signer.sign(pdf, DETAILS);
      expect(timers).not.toHaveBeenCalled();
      expect(await verifier.check(signed)).toMatchObject({ signature: 'valid' });
    } finally {
      timers.mockRestore();
    }
  });
});
