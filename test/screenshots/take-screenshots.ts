// `npm run screenshots`: pictures of the portal with the demo data, for the README and docs/, written to
// docs/screenshots (SCREENSHOTS_DIR to choose another folder). The test run never writes there; this
// script is the one way the tracked pictures change. It sets up the servers as `npm test` does (test
// database, Chromium), starts the whole application with DEMO_DATA=true and drives it in Chromium.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../src/identity/identity.public';
import { DEMO_LOGINS_OUTPUT } from '../../src/demo-data/demo-data-on-start';
import { createTestApp, TestApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import globalSetup from '../support/global-setup';
import globalTeardown from '../support/global-teardown';

const run = promisify(execFile);
const out = resolve(process.env.SCREENSHOTS_DIR ?? join(__dirname, '../../docs/screenshots'));

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  await globalSetup();
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  const work = await mkdtemp(join(tmpdir(), 'veri-screenshots-'));
  try {
    [t, browser] = await Promise.all([
      createTestApp({
        listen: true,
        // The address the documents print in their verification box: the one of `npm start`.
        env: { DEMO_DATA: 'true', PUBLIC_URL: 'http://localhost:3000' },
        overrides: [{ provide: DEMO_LOGINS_OUTPUT, useValue: () => undefined }],
      }),
      launchBrowser(),
    ]);
    const base = t.baseUrl!;
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();

    await page.goto(`${base}/`);
    await shot(page, 'landing', false);

    await logIn(page, base, DEMO_ACCOUNTS.candidate.email, DEMO_ACCOUNTS.candidate.password);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}/home`);
    await shot(page, 'candidate-dashboard');

    await page.goto(`${base}/documents`);
    // A qualification with both documents, so the pictures show a grade and units.
    const transcript = await page.locator('a[href$="/etranscript.pdf"]').first().getAttribute('href');
    const certificate = transcript?.replace(/etranscript\.pdf$/, 'ecertificate.pdf');
    // The first card with its Actions menu open, as the documentation describes it.
    await page.locator('summary.actions-menu__toggle').first().click();
    await shot(page, 'documents');

    for (const [name, href] of [
      ['ecertificate', certificate],
      ['etranscript', transcript],
    ] as const) {
      if (!href) throw new Error(`The demo candidate's documents page has no ${name} link`);
      const pdf = await page.request.get(`${base}${href}`);
      if (!pdf.ok()) throw new Error(`${href} answered ${pdf.status()}`);
      await writeFile(join(out, `${name}.png`), await firstPageAsPng(await pdf.body(), work, name));
      console.log(`${join(out, `${name}.png`)}`);
    }
  } finally {
    await browser?.close();
    await t?.close();
    await rm(work, { recursive: true, force: true });
    await globalTeardown();
  }
}

async function logIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Username (email address)').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/home$/);
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(path);
}

/** The first page rasterised by poppler (pdftoppm, from poppler-utils) at 150 dpi. */
async function firstPageAsPng(pdf: Buffer, dir: string, name: string): Promise<Buffer> {
  const input = join(dir, `${name}.pdf`);
  await writeFile(input, pdf);
  await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', input, join(dir, name)]);
  return readFile(join(dir, `${name}.png`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
