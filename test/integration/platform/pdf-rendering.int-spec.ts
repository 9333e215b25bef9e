import { Test, TestingModule } from '@nestjs/testing';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { toDataURL } from 'qrcode';
import { loadConfig } from '../../../src/config/app-config';
import { ConfigModule } from '../../../src/config/config.module';
import {
  PDF_RENDER_TIMEOUT,
  PdfRenderer,
  PdfRenderTimeoutError,
} from '../../../src/shared/application/pdf-renderer';
import {
  ChromiumPdfRenderer,
  chromiumPdfRendererOptions,
} from '../../../src/shared/infrastructure/pdf/chromium-pdf-renderer';
import { PdfModule } from '../../../src/shared/infrastructure/pdf/pdf.module';
import { isA4Portrait, readPdf } from '../../support/pdf-reader';

// A one-pixel PNG: the brand logo served over HTTP, which the renderer must inline before rendering.
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function sampleData(units = 3) {
  return {
    candidate: { name: 'Ada Lovelace' },
    qualification: 'Level 3 Diploma in Analytical Engines',
    certificateNumber: 'C1234567',
    awardedOn: '2017-01-04',
    units: Array.from({ length: units }, (_, i) => ({
      code: `U${100 + i}`,
      title: `Bernoulli numbers ${i}`,
      result: 'Distinction',
    })),
    verification: {
      code: 'ABCD-1234',
      url: 'https://veri.example/verify',
      qrCodeDataUrl: await toDataURL('https://veri.example/verify/ABCD-1234'),
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('PDF rendering with Chromium', () => {
  let server: Server;
  const seen: Array<{ url: string; userAgent: string }> = [];
  let baseUrl: string;
  let moduleRef: TestingModule;
  let renderer: ChromiumPdfRenderer;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      seen.push({ url: request.url ?? '', userAgent: request.headers['user-agent'] ?? '' });
      // Every path answers with an image, so a page that could reach the network would succeed in doing so.
      response.writeHead(200, { 'content-type': 'image/png' }).end(LOGO_PNG);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const config = loadConfig({
      NODE_ENV: 'test',
      CHROMIUM_PATH: process.env.TEST_CHROMIUM_PATH,
      PDF_POOL_SIZE: '2',
      PUBLIC_URL: baseUrl,
      BRAND_NAME: 'Northern Awarding Body',
      BRAND_LOGO_URL: '/logo.png',
    });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), PdfModule.forRoot(config)],
    }).compile();
    renderer = moduleRef.get(PdfRenderer) as ChromiumPdfRenderer;
    expect(renderer).toBeInstanceOf(ChromiumPdfRenderer);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders the sample template to a branded A4 PDF with its text and metadata', async () => {
    const pdf = await renderer.render({
      template: 'sample',
      data: await sampleData(),
      title: 'Sample certificate',
      subject: 'Level 3 Diploma in Analytical Engines',
    });

    const { text, info, pageSizes } = await readPdf(pdf);
    for (const words of [
      'Northern Awarding Body',
      'Sample certificate',
      'Ada Lovelace',
      'Level 3 Diploma in Analytical Engines',
      '4 January 2017',
      'Bernoulli numbers 2',
      'Verification code ABCD-1234',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(words);
    }
    expect(pageSizes).toHaveLength(1);
    expect(isA4Portrait(pageSizes[0])).toBe(true);
    expect(info).toMatchObject({
      Title: 'Sample certificate',
      Subject: 'Level 3 Diploma in Analytical Engines',
      Author: 'Northern Awarding Body',
      Producer: 'Veri',
    });
  });

  it('inlines the brand logo and lets no request leave the rendered page', async () => {
    seen.length = 0;
    const data = await sampleData();
    data.verification.qrCodeDataUrl = `${baseUrl}/must-not-be-fetched.png`;

    const pdf = await renderer.render({ template: 'sample', data, title: 'Sample certificate' });

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(seen.filter((request) => request.url === '/must-not-be-fetched.png')).toEqual([]);
    expect(seen.filter((request) => /HeadlessChrome/.test(request.userAgent))).toEqual([]);
    // The logo (fetched once by the server process, before any page) is drawn as an image.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  });

  it('renders six documents at once with a pool of two, never more than two pages at a time', async () => {
    const data = await sampleData();
    let mostWaiting = 0;
    const watch = setInterval(() => (mostWaiting = Math.max(mostWaiting, renderer.stats().waiting)), 5);
    const pdfs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        renderer.render({ template: 'sample', data, title: `Certificate ${i}` }),
      ),
    ).finally(() => clearInterval(watch));

    for (const [i, pdf] of pdfs.entries()) {
      expect((await readPdf(pdf)).info.Title).toBe(`Certificate ${i}`);
    }
    const stats = renderer.stats();
    expect(stats.peakInUse).toBe(2);
    expect(stats.open).toBeLessThanOrEqual(2);
    expect(mostWaiting).toBeGreaterThan(0);
    expect(stats).toMatchObject({ inUse: 0, waiting: 0, launches: 1 });
  });

  it('reports itself up while Chromium runs', async () => {
    await expect(renderer.health()).resolves.toEqual({
      up: true,
      detail: expect.stringContaining('Chromium running'),
    });
  });

  it('starts Chromium again on the next render after it was killed', async () => {
    const before = renderer.stats();
    expect(before.browserPid).toBeDefined();
    process.kill(before.browserPid!, 'SIGKILL');
    await until(() => !renderer.stats().browserConnected);

    const pdf = await renderer.render({
      template: 'sample',
      data: await sampleData(),
      title: 'After the crash',
    });

    expect((await readPdf(pdf)).text).toContain('After the crash');
    const after = renderer.stats();
    expect(after.launches).toBe(before.launches + 1);
    expect(after.browserPid).not.toBe(before.browserPid);
  });

  it('fails a render that overruns the timeout, throws its page away and renders the next one', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      CHROMIUM_PATH: process.env.TEST_CHROMIUM_PATH,
      PDF_POOL_SIZE: '1',
    });
    const impatient = new ChromiumPdfRenderer({
      ...chromiumPdfRendererOptions(config),
      renderTimeoutMs: 1000,
    });
    try {
      await impatient.render({ template: 'sample', data: await sampleData() }); // starts the browser

      // Thousands of table rows take Chromium several seconds to lay out and print.
      const started = Date.now();
      const overrun = impatient.render({ template: 'sample', data: await sampleData(5000) });
      await expect(overrun).rejects.toBeInstanceOf(PdfRenderTimeoutError);
      await expect(overrun).rejects.toMatchObject({ code: PDF_RENDER_TIMEOUT, kind: 'unavailable' });
      expect(Date.now() - started).toBeLessThan(3000);

      const next = await impatient.render({
        template: 'sample',
        data: await sampleData(),
        title: 'Next in line',
      });
      expect((await readPdf(next)).text).toContain('Next in line');
      expect(impatient.stats()).toMatchObject({ open: 1, inUse: 0, launches: 1 });
    } finally {
      await impatient.close();
    }
  });

  it('closes Chromium when the application shuts down', async () => {
    const pid = renderer.stats().browserPid!;
    expect(isAlive(pid)).toBe(true);

    await moduleRef.close();

    await until(() => !isAlive(pid));
    expect(renderer.stats().browserConnected).toBe(false);
  });
});
