import { MikroORM, RequestContext } from '@mikro-orm/core';
import { screenshotsDir } from '../../support/screenshots';
import { QueryBus } from '@nestjs/cqrs';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { GetDocumentPdf } from '../../../src/achievements/achievements.public';
import { AchievementDocuments } from '../../../src/achievements/application/services/achievement-documents';
import { PdfRenderer } from '../../../src/shared/application/pdf-renderer';
import { createTestApp, TestApp } from '../../support/app';
import { importRecords, staffToken } from '../../support/identity';
import { isA4Portrait, readPdf } from '../../support/pdf-reader';
import { pdfsig, withOneByteChanged } from '../../support/pdfsig';
import { achievement, importAchievements } from '../../e2e/achievements/achievements-fixtures';

const run = promisify(execFile);

/** The first page rasterised by poppler (pdftoppm), as a PNG file. */
async function firstPageAsPng(pdf: Buffer, dir: string, name: string): Promise<string> {
  const input = join(dir, `${name}.pdf`);
  await writeFile(input, pdf);
  await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', input, join(dir, name)]);
  return join(dir, `${name}.png`);
}

async function decodeQr(pngFile: string): Promise<string | undefined> {
  const png = PNG.sync.read(await readFile(pngFile));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

// The eCertificate and eTranscript rendered by real Chromium through the PDF port, read back with
// pdf-parse and poppler; stored after the first download.
describe('achievement documents (Chromium)', () => {
  let t: TestApp;
  let work: string;
  let renders: jest.SpyInstance;
  const NUMBER = '01702345-01-K7PD';
  const ACCREDITATION = '01890012-01-EV4T';
  const LONG = '01955501-01-UN14';

  beforeAll(async () => {
    t = await createTestApp({ env: { BRAND_NAME: 'Institute of Motor Trades' } });
    work = await mkdtemp(join(tmpdir(), 'veri-pdf-'));
    const staff = await staffToken(t);
    await importRecords(t, staff, [
      { candidateNumber: '7200001', firstName: 'Ada', surname: 'Lovelace', dateOfBirth: '1980-01-01' },
    ]);
    await importAchievements(t, staff, [
      achievement({ certificateNumber: NUMBER, candidateNumber: '7200001' }),
      achievement({
        certificateNumber: ACCREDITATION,
        candidateNumber: '7200001',
        kind: 'accreditation',
        title: 'Accredited Electric Vehicle Technician',
        qualificationNumber: undefined,
        grade: undefined,
        units: undefined,
        issueDate: '2024-05-01',
        expiryDate: '2029-05-01',
      }),
    ]);
    await importAchievements(t, staff, [
      achievement({
        certificateNumber: LONG,
        candidateNumber: '7200001',
        units: Array.from({ length: 14 }, (_, i) => ({
          unitNumber: `U/601/${6440 + i}`,
          title: `Vehicle system unit ${i + 1}`,
          level: '3',
          credit: 10 + i,
          grade: i % 2 ? 'Distinction' : 'Pass',
        })),
      }),
    ]);
    renders = jest.spyOn(t.app.get(PdfRenderer), 'render');
  });

  afterAll(async () => {
    await t.close();
    await rm(work, { recursive: true, force: true });
  });

  const download = (certificateNumber: string, kind: 'ecertificate' | 'etranscript', holder = '7200001') =>
    RequestContext.create(t.app.get(MikroORM).em, () =>
      t.app.get(QueryBus).execute(new GetDocumentPdf(holder, certificateNumber, kind)),
    );

  const verificationUrl = async (certificateNumber: string) => {
    const staff = await staffToken(t, `staff-${Math.random().toString(36).slice(2)}@example.test`);
    const code = (
      await t
        .http()
        .get(`/api/v1/admin/achievements/${certificateNumber}`)
        .set('Authorization', `Bearer ${staff}`)
    ).body.verificationCode;
    return { code, url: `${t.config.publicUrl}/verify/${code}` };
  };

  it('renders the eCertificate: A4, branded, the holder, title, grade, dates, code and metadata', async () => {
    const file = await download(NUMBER, 'ecertificate');
    const pdf = await readPdf(file.content);
    expect(pdf.pageSizes.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pageSizes.every(isA4Portrait)).toBe(true);
    const text = pdf.text.replace(/\s+/g, ' ');
    const { code, url } = await verificationUrl(NUMBER);
    for (const expected of [
      'Institute of Motor Trades',
      'Certificate of Achievement',
      'Ada Lovelace',
      'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      'Merit',
      '600/6553/2',
      NUMBER,
      '14 March 2018',
      'Northgate Training Centre',
      code,
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.info).toMatchObject({
      Title: 'Certificate of Achievement',
      Subject: expect.stringContaining(NUMBER),
      Producer: expect.any(String),
    });
    expect(String(pdf.info.Subject)).toContain('Ada Lovelace');
    // The code on the page is not derived from the certificate number.
    expect(code.replace(/-/g, '')).not.toContain(NUMBER.replace(/-/g, '').slice(0, 8));

    const png = await firstPageAsPng(file.content, work, 'ecertificate');
    expect(await decodeQr(png)).toBe(url);
    // Kept for the documentation (docs/screenshots/ecertificate.png).
    await mkdir(screenshotsDir(), { recursive: true });
    await writeFile(join(screenshotsDir(), 'ecertificate.png'), await readFile(png));
  });

  it('renders the eTranscript with every unit and the credits', async () => {
    const file = await download(NUMBER, 'etranscript');
    const text = (await readPdf(file.content)).text.replace(/\s+/g, ' ');
    for (const expected of [
      'Unit and Credit Transcript',
      'Ada Lovelace',
      'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      'H/601/6431',
      'Health, safety and good housekeeping',
      'A/601/6435',
      'Light vehicle chassis system units',
      'Distinction',
      'Total credit',
      '11',
    ]) {
      expect(text).toContain(expected);
    }
    const png = await firstPageAsPng(file.content, work, 'etranscript');
    expect(await decodeQr(png)).toBe((await verificationUrl(NUMBER)).url);
  });

  it.each(['ecertificate', 'etranscript'] as const)(
    'signs the %s (PAdES, SHA-256, by the awarding body); one changed byte breaks the signature',
    async (kind) => {
      const file = await download(NUMBER, kind);
      const report = await pdfsig(file.content);
      expect(report).toContain('Signature is Valid.');
      expect(report).toContain('Signature Type: ETSI.CAdES.detached');
      expect(report).toContain('Signing Hash Algorithm: SHA-256');
      expect(report).toContain('Total document signed');
      expect(report).toMatch(/Signer Certificate Common Name: Institute of Motor Trades/);
      expect(report).toMatch(/Signing Time: \w+ \d+ \d{4}/);
      // Three revisions: the file Chromium printed, Veri's document information, then the signature field,
      // each appended to the one before without rewriting it.
      expect(file.content.toString('latin1').match(/%%EOF/g)).toHaveLength(3);
      const tampered = await pdfsig(withOneByteChanged(file.content));
      expect(tampered).not.toContain('Signature is Valid.');
      expect(tampered).toContain('Digest Mismatch.');
    },
  );

  it('keeps the development signing certificate in DATA_DIR/keys for the next start', async () => {
    const kept = await readdir(join(t.dataDir, 'keys'));
    expect(kept).toContain('document-signing.p12');
  });

  it('prints the grade once, and the named signatory with the seal on the eCertificate', async () => {
    const text = (await readPdf((await download(NUMBER, 'ecertificate')).content)).text.replace(/\s+/g, ' ');
    expect(text.match(/Merit/g)).toHaveLength(1);
    expect(text).toContain('Dr Jane Smith');
    expect(text).toContain('Chief Executive, Institute of Motor Trades');
  });

  it("keeps the eTranscript's verification box with its last units, never alone on a page", async () => {
    const file = await download(LONG, 'etranscript');
    const input = join(work, 'long-transcript.pdf');
    await writeFile(input, file.content);
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [input])).stdout)?.[1]);
    const last = (await run('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', input, '-']))
      .stdout;
    expect(last).toContain('Anyone can check this document is genuine');
    expect(last).toMatch(/Vehicle system unit \d+/);
    expect(last).toContain('Total credit');
    const firstPage = await firstPageAsPng(file.content, work, 'etranscript-long');
    await writeFile(join(screenshotsDir(), 'etranscript.png'), await readFile(firstPage));
  });

  it('serves the second download from storage without rendering again', async () => {
    renders.mockClear();
    const documents = t.app.get(AchievementDocuments);
    const before = documents.renders;
    const first = await download(NUMBER, 'ecertificate');
    const second = await download(NUMBER, 'ecertificate');
    expect(renders).not.toHaveBeenCalled();
    expect(documents.renders).toBe(before);
    expect(second.content.equals(first.content)).toBe(true);
    const stored = await readdir(join(t.dataDir, 'files', 'achievements'), { recursive: true });
    expect(stored.filter((name) => String(name).endsWith('.pdf'))).toHaveLength(3);
  });

  it('renders a new document after a correction', async () => {
    const staff = await staffToken(t, 'corrector@example.test');
    await t
      .http()
      .patch(`/api/v1/admin/achievements/${NUMBER}`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ fullName: 'Ada King Lovelace' })
      .expect(200);
    renders.mockClear();
    const file = await download(NUMBER, 'ecertificate');
    expect(renders).toHaveBeenCalledTimes(1);
    expect((await readPdf(file.content)).text).toContain('Ada King Lovelace');
    await download(NUMBER, 'ecertificate');
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it('renders an accreditation certificate with its expiry date, and no transcript', async () => {
    const file = await download(ACCREDITATION, 'ecertificate');
    const text = (await readPdf(file.content)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of Accreditation');
    expect(text).toContain('holds the accreditation');
    expect(text).toContain('1 May 2029');
    await expect(download(ACCREDITATION, 'etranscript')).rejects.toMatchObject({
      code: 'ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE',
    });
  });

  it('never serves another holder', async () => {
    await expect(download(NUMBER, 'ecertificate', '9999999')).rejects.toMatchObject({
      code: 'ACHIEVEMENTS.NOT_FOUND',
    });
  });
});
