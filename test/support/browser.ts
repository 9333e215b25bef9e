// Real Chromium for browser tests (playwright-core driving the system Chromium), with the checks
// every page should pass: axe-core accessibility rules, no CSP violations, no sideways scrolling.
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createTestApp, TestApp, TestAppOptions } from './app';

/** Flags that let Chromium run as root in a container, quietly. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.TEST_CHROMIUM_PATH;
  if (!executablePath)
    throw new Error('TEST_CHROMIUM_PATH is not set: install Chromium (apt-get install -y chromium)');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/** The application listening on a free port of 127.0.0.1; `baseUrl` is where to point the browser. */
export async function startAppOnPort(options: TestAppOptions = {}): Promise<TestApp & { baseUrl: string }> {
  const app = await createTestApp({ ...options, listen: true });
  return app as TestApp & { baseUrl: string };
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is now. The script is evaluated through the DevTools protocol, so
 * the page's Content-Security-Policy (which allows no injected script) stays in force.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/** The serious and critical violations, readable in a failed expectation. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** True when the page is wider than the window (content would need sideways scrolling). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Collects the console errors of a page (CSP refusals show up here), for asserting there are none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Gives each test of the suite a browser context and page of its own (handed to `use` before the test) and
 * fails the test if the page's console reported an error other than the answers `expected` matches: a
 * form shown again with its errors answers 400, which Chromium reports; anything else is a fault.
 */
export function pagePerTest(
  browser: () => Browser,
  use: (page: Page, context: BrowserContext) => void,
  expected = /status of 400/,
): void {
  let context: BrowserContext;
  let consoleErrors: string[];
  beforeEach(async () => {
    context = await browser().newContext();
    const page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
    use(page, context);
  });
  afterEach(async () => {
    expect(consoleErrors.filter((error) => !expected.test(error))).toEqual([]);
    await context.close();
  });
}
