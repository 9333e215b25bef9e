import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { AppConfig } from '../../../config/app-config';
import {
  PdfRenderer,
  PdfRendererHealth,
  PdfRenderRequest,
  PdfRenderTimeoutError,
  PdfUnavailableError,
} from '../../application/pdf-renderer';
import { DomainError } from '../../domain/domain-error';
import { brandLogoAsDataUrl } from './brand-logo';
import { BoundedPool, PoolStats } from './bounded-pool';
import { findChromium } from './find-chromium';
import { withDocumentInfo } from './pdf-document-info';
import { defaultPdfTemplatesDir, PdfTemplates } from './pdf-templates';

export const CHROMIUM_NOT_FOUND =
  'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH';

/**
 * Headless, and as quiet as Chromium gets: no sandbox (it cannot start as root or in most containers;
 * the pages run no script and reach no network), no GPU, no background updates or sync, and /tmp instead
 * of a container's small /dev/shm.
 */
const LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
const CLOSE_GRACE_MS = 5000;
// Under the readiness check's own 2 s, so a stuck browser is reported with a reason rather than a timeout.
const HEALTH_TIMEOUT_MS = 1000;
const PRODUCER = 'Veri';

export interface ChromiumPdfRendererOptions {
  /** CHROMIUM_PATH; absent: the usual install paths are tried. */
  chromiumPath?: string;
  poolSize: number;
  renderTimeoutMs: number;
  brand: AppConfig['brand'];
  publicUrl: string;
  templatesDir: string;
  cacheTemplates: boolean;
}

export function chromiumPdfRendererOptions(config: AppConfig): ChromiumPdfRendererOptions {
  return {
    chromiumPath: config.chromiumPath,
    poolSize: config.pdf.poolSize,
    renderTimeoutMs: config.pdf.renderTimeoutMs,
    brand: config.brand,
    publicUrl: config.publicUrl,
    templatesDir: defaultPdfTemplatesDir(),
    cacheTemplates: config.env !== 'development',
  };
}

export interface ChromiumPdfRendererStats extends PoolStats {
  /** Browsers started so far: more than one means Chromium stopped and was started again. */
  launches: number;
  lastLaunchMs?: number;
  browserPid?: number;
  browserConnected: boolean;
}

/**
 * Renders PDFs with one shared headless Chromium (started on the first render, started again on the
 * next render after it stops) and a bounded pool of reusable pages: at most `poolSize` documents
 * render at once, the rest wait their turn in order. A render that overruns the timeout fails and its
 * page is thrown away. Pages run no JavaScript and every request except data: URLs is refused.
 * Without Chromium the app still runs: health() says how to install it and render() is 'unavailable'.
 */
export class ChromiumPdfRenderer extends PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger('PdfRenderer');
  private readonly templates: PdfTemplates;
  private readonly pages: BoundedPool<Page>;
  private browser?: Promise<Browser>;
  /** The browser that is up, if any; pages of any other browser are never lent. */
  private live?: Browser;
  private closing = false;
  private launches = 0;
  private lastLaunchMs?: number;
  private lastLaunchError?: string;
  private logo?: Promise<string | undefined>;

  constructor(private readonly options: ChromiumPdfRendererOptions) {
    super();
    this.templates = new PdfTemplates({
      dir: options.templatesDir,
      brand: options.brand,
      cache: options.cacheTemplates,
    });
    this.pages = new BoundedPool<Page>(options.poolSize, {
      create: () => this.openPage(),
      destroy: (page) => settleWithin(page.close(), CLOSE_GRACE_MS),
      isUsable: (page) => !page.isClosed() && page.browser() === this.live && page.browser().connected,
    });
  }

  async render(request: PdfRenderRequest): Promise<Buffer> {
    const html = this.templates.render(request.template, request.data, {
      title: request.title,
      subject: request.subject,
      logoDataUrl: await this.logoDataUrl(),
    });
    const lease = await this.pages.acquire().catch((error: unknown) => {
      throw this.explain(error);
    });
    const { renderTimeoutMs } = this.options;
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfRenderTimeoutError(renderTimeoutMs)), renderTimeoutMs);
    });
    try {
      const pdf = await Promise.race([printToPdf(lease.resource, html), overrun]);
      lease.release();
      return withDocumentInfo(pdf, {
        title: request.title,
        subject: request.subject,
        author: this.options.brand.name,
        creator: this.options.brand.name,
        producer: PRODUCER,
        verificationCode: request.verificationCode,
        createdAt: new Date(),
      });
    } catch (error) {
      // The page may still be busy (or stuck) with this document: never lend it again.
      lease.discard();
      if (error instanceof PdfRenderTimeoutError) {
        this.logger.warn(
          `The "${request.template}" document overran ${renderTimeoutMs} ms; its page was closed`,
        );
      }
      throw this.explain(error);
    } finally {
      clearTimeout(timer);
    }
  }

  async health(): Promise<PdfRendererHealth> {
    if (!findChromium(this.options.chromiumPath)) return { up: false, detail: CHROMIUM_NOT_FOUND };
    if (this.lastLaunchError) return { up: false, detail: this.lastLaunchError };
    const browser = this.live;
    if (!browser) return { up: true, detail: 'Chromium is installed; it starts with the first render' };
    try {
      await settleWithin(browser.version(), HEALTH_TIMEOUT_MS, true);
    } catch {
      return { up: false, detail: `Chromium did not answer within ${HEALTH_TIMEOUT_MS} ms` };
    }
    const { inUse, size, waiting } = this.pages.stats();
    return { up: true, detail: `Chromium running: ${inUse} of ${size} pages busy, ${waiting} waiting` };
  }

  stats(): ChromiumPdfRendererStats {
    return {
      ...this.pages.stats(),
      launches: this.launches,
      lastLaunchMs: this.lastLaunchMs,
      browserPid: this.live?.process()?.pid,
      browserConnected: Boolean(this.live?.connected),
    };
  }

  async close(): Promise<void> {
    this.closing = true;
    try {
      await this.pages.drain(new PdfUnavailableError('The PDF renderer is shutting down.'));
      const starting = this.browser;
      this.browser = undefined;
      this.live = undefined;
      const browser = await starting?.catch(() => undefined);
      if (browser) await closeBrowser(browser);
    } finally {
      this.closing = false;
    }
  }

  /** Last in Nest's shutdown: jobs still finishing (JobWorker, before shutdown) may render until then. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async openPage(): Promise<Page> {
    const browser = await this.launchedBrowser();
    const page = await browser.newPage();
    // Templates are static HTML and CSS: no script runs, and no request leaves the page.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', refuseNetwork);
    return page;
  }

  private launchedBrowser(): Promise<Browser> {
    this.browser ??= this.launch().catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    });
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const executablePath = findChromium(this.options.chromiumPath);
    if (!executablePath) throw new PdfUnavailableError(CHROMIUM_NOT_FOUND);
    // A fresh profile for every browser: nothing carries over from a crashed one.
    const userDataDir = await mkdtemp(join(tmpdir(), 'veri-chromium-'));
    const removeProfile = () => rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    const started = performance.now();
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: [...LAUNCH_FLAGS, `--user-data-dir=${userDataDir}`],
        // Shutdown belongs to the app (onApplicationShutdown), not to puppeteer's own signal handlers.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      await removeProfile();
      this.lastLaunchError = `Chromium could not start: ${messageOf(error)}`;
      throw new PdfUnavailableError(this.lastLaunchError);
    }
    this.launches += 1;
    this.lastLaunchMs = Math.round(performance.now() - started);
    this.lastLaunchError = undefined;
    this.live = browser;
    browser.process()?.once('exit', () => void removeProfile());
    browser.once('disconnected', () => {
      if (this.live !== browser) return;
      this.live = undefined;
      this.browser = undefined;
      if (!this.closing) this.logger.warn('Chromium stopped; the next render starts it again');
    });
    this.logger.log(`Chromium started in ${this.lastLaunchMs} ms (${executablePath})`);
    return browser;
  }

  private logoDataUrl(): Promise<string | undefined> {
    const { logoUrl } = this.options.brand;
    this.logo ??= logoUrl
      ? brandLogoAsDataUrl(logoUrl, this.options.publicUrl).catch((error: unknown) => {
          this.logger.warn(`PDFs show the brand name without the logo: ${messageOf(error)}`);
          return undefined;
        })
      : Promise.resolve(undefined);
    return this.logo;
  }

  /** A failure because Chromium went away is 'unavailable' (try again later), not a fault in the document. */
  private explain(error: unknown): unknown {
    if (error instanceof DomainError) return error;
    if (!this.live?.connected) {
      return new PdfUnavailableError(
        `Chromium stopped while rendering the document; try again (${messageOf(error)})`,
      );
    }
    return error;
  }
}

async function printToPdf(page: Page, html: string): Promise<Buffer> {
  // The render timeout bounds both steps together, so puppeteer's own timeouts are off.
  await page.setContent(html, { waitUntil: 'load', timeout: 0 });
  const pdf = await page.pdf({
    format: 'A4',
    // A template may ask for `@page { size: A4 landscape }` (certificates); the layout asks for A4.
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    timeout: 0,
  });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

function refuseNetwork(request: HTTPRequest): void {
  if (request.isInterceptResolutionHandled()) return;
  const handled = request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient');
  handled.catch(() => undefined);
}

async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await settleWithin(browser.close(), CLOSE_GRACE_MS, true);
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

/** Waits for `work` at most `ms`; then gives up (rejecting only if `strict`), leaving `work` to finish alone. */
async function settleWithin<T>(work: Promise<T>, ms: number, strict = false): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => (strict ? reject(new Error(`No answer within ${ms} ms`)) : resolve()), ms);
  });
  try {
    await Promise.race([work.then(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
