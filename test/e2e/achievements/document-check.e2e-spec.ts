import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { documentSigningKeyStore } from '../../../src/shared/infrastructure/signing/document-signing-certificate';
import { openKeyStore, P12PdfSigner } from '../../../src/shared/infrastructure/signing/p12-pdf-signer';
import { createTestApp, TestApp } from '../../support/app';
import { staffToken } from '../../support/identity';
import { withOneByteChanged } from '../../support/pdfsig';
import { achievement, Candidate, candidateWithToken, importAchievements } from './achievements-fixtures';

// api.md "Signed documents and open credentials": POST /verifications/documents checks an uploaded PDF.
describe('checking an uploaded PDF (POST /api/v1/verifications/documents)', () => {
  let t: TestApp;
  let staff: string;
  let ada: Candidate;
  let certificate: Buffer;
  const NUMBER = '01702345-01-K7PD';
  const REVOKED = '01811190-01-WX9M';

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true', BRAND_NAME: 'Institute of Motor Trades' } });
    staff = await staffToken(t);
    ada = await candidateWithToken(t, staff, '7000001', 'Ada', 'Lovelace');
    await importAchievements(t, staff, [
      achievement({ certificateNumber: NUMBER }),
      achievement({ certificateNumber: REVOKED, issueDate: '2020-02-17' }),
    ]);
    const downloaded = await download(NUMBER);
    // Every test below checks this file: say so plainly if it is not the PDF (e.g. a render refused).
    if (downloaded.status !== 200)
      throw new Error(`the eCertificate download answered ${downloaded.status}: ${String(downloaded.body)}`);
    certificate = downloaded.body as Buffer;
  });

  afterAll(() => t.close());

  let address = 0;
  /** Each check from its own client address, so only the throttling test meets the limit. */
  const check = (content: Buffer, filename = 'certificate.pdf') =>
    t
      .http()
      .post('/api/v1/verifications/documents')
      .set('X-Forwarded-For', `198.51.100.${++address}`)
      .attach('file', content, { filename, contentType: 'application/pdf' });
  const download = (number: string) =>
    t
      .http()
      .get(`/api/v1/me/achievements/${number}/ecertificate.pdf`)
      .set('Authorization', `Bearer ${ada.token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('says a genuine document is signed by the awarding body, unchanged, and valid, with whose it is', async () => {
    const code = (
      await t.http().get(`/api/v1/admin/achievements/${NUMBER}`).set('Authorization', `Bearer ${staff}`)
    ).body.verificationCode;
    const res = await check(certificate);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      signature: 'valid',
      signatureProblem: null,
      signedBy: 'Institute of Motor Trades',
      signedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      code,
      status: 'valid',
      title: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      holderName: 'Ada Lovelace',
      certificateNumber: NUMBER,
    });
  });

  it('says a changed document is invalid, and tells nothing about whose it claims to be', async () => {
    const res = await check(withOneByteChanged(certificate));
    expect(res.body).toMatchObject({
      signature: 'invalid',
      signatureProblem: 'changed',
      signedBy: 'Institute of Motor Trades',
      status: 'unknown',
      code: null,
      holderName: null,
    });
  });

  it('says bytes appended after signing (an incremental update) make it invalid', async () => {
    const appended = Buffer.concat([certificate, Buffer.from('\n1 0 obj\n<<>>\nendobj\n')]);
    expect((await check(appended)).body).toMatchObject({ signature: 'invalid', signatureProblem: 'changed' });
  });

  it('says an unsigned PDF has no signature', async () => {
    const unsigned = await PDFDocument.create();
    unsigned.addPage().drawText('Certificate of Achievement');
    const res = await check(Buffer.from(await unsigned.save()));
    expect(res.body).toMatchObject({ signature: 'missing', signedBy: null, status: 'unknown' });
  });

  it('says a PDF signed with another certificate is not ours', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'veri-other-key-'));
    try {
      const other = new P12PdfSigner(
        openKeyStore(documentSigningKeyStore({ dataDir: elsewhere, organisation: 'Certificates R Us' })),
      );
      const unsigned = await PDFDocument.create();
      unsigned.addPage().drawText('Certificate of Achievement');
      const forged = await other.sign(Buffer.from(await unsigned.save()), {
        reason: 'Issued',
        location: 'Nowhere',
        signerName: 'Certificates R Us',
        contactInfo: '',
      });
      expect((await check(forged)).body).toMatchObject({
        signature: 'invalid',
        signatureProblem: 'not-ours',
        signedBy: 'Certificates R Us',
        status: 'unknown',
      });
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('says a genuine document of a since-revoked award is revoked', async () => {
    const signed = (await download(REVOKED)).body as Buffer;
    await t
      .http()
      .post(`/api/v1/admin/achievements/${REVOKED}/revocation`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ reason: 'Issued in error' })
      .expect(200);
    expect((await check(signed)).body).toMatchObject({ signature: 'valid', status: 'revoked' });
  });

  it('refuses a file that is not a PDF by its content (415), whatever its name, and no file (400)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await check(png, 'certificate.pdf');
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/not a PDF/);
    const none = await t
      .http()
      .post('/api/v1/verifications/documents')
      .set('X-Forwarded-For', '198.51.100.250')
      .field('x', '1');
    expect(none.status).toBe(400);
  });

  it('refuses more than 10 MB (413)', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await check(big)).status).toBe(413);
  });

  it('is throttled per address (429)', async () => {
    const from = (n: number) =>
      t
        .http()
        .post('/api/v1/verifications/documents')
        .set('X-Forwarded-For', '203.0.113.77')
        .attach('file', Buffer.from(`%PDF-1.7\n${n}`), { filename: 'x.pdf', contentType: 'application/pdf' });
    const statuses: number[] = [];
    for (let n = 0; n < 11; n++) statuses.push((await from(n)).status);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
