import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppConfig } from '../../../config/app-config';
import { registerFormatHelpers } from '../templating/format-helpers';

export interface PdfTemplatesOptions {
  /** The folder holding <name>.hbs and partials/ (layout.hbs among them). */
  dir: string;
  brand: AppConfig['brand'];
  /** Compiled templates are kept; off in development so an edited template shows at once. */
  cache: boolean;
}

export interface PdfDocumentMeta {
  title?: string;
  subject?: string;
  /** The brand logo as a data: URL (pages cannot fetch anything), if there is one. */
  logoDataUrl?: string;
}

export class UnknownPdfTemplateError extends Error {
  constructor(name: string, dir: string) {
    super(`There is no PDF template "${name}" (looked for ${join(dir, `${name}.hbs`)})`);
  }
}

const TEMPLATE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns templates/pdf/<name>.hbs into a complete HTML document. Every template wraps its body in the
 * shared layout (`{{#> layout}}...{{/layout}}`), which draws the brand header, the title and the
 * footer with the verification code. Besides the request's data, templates see `brand` (config) and
 * `document` ({title, subject, logoDataUrl}); helpers `{{britishDate d}}`, `{{money pence}}`
 * and `{{cssString text}}` (a safe CSS string for the page footer).
 */
export class PdfTemplates {
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly options: PdfTemplatesOptions) {
    registerFormatHelpers(this.handlebars);
    // {{cssString "Verification code " code}}: the arguments joined into one CSS string.
    this.handlebars.registerHelper(
      'cssString',
      (...args: unknown[]) =>
        new Handlebars.SafeString(
          cssString(
            args
              .slice(0, -1)
              .map((part) => part ?? '')
              .join(''),
          ),
        ),
    );
    this.registerPartials();
  }

  render(name: string, data: Record<string, unknown>, document: PdfDocumentMeta): string {
    const template = this.template(name);
    if (!this.options.cache) this.registerPartials();
    return template({ ...data, brand: this.options.brand, document });
  }

  private registerPartials(): void {
    const partials = join(this.options.dir, 'partials');
    for (const file of readdirSync(partials).filter((name) => name.endsWith('.hbs'))) {
      // Compiled here: a partial registered as source is compiled again on every render that uses it
      // inside a partial block (the layout), which was a fifth of a first render's main-thread time.
      const partial = this.handlebars.compile(readFileSync(join(partials, file), 'utf8'), { strict: false });
      this.handlebars.registerPartial(basename(file, '.hbs'), partial);
    }
  }

  private template(name: string): Handlebars.TemplateDelegate {
    const { dir, cache } = this.options;
    // The name becomes a file path: only plain kebab-case names, so nothing outside dir is ever read.
    if (!TEMPLATE_NAME.test(name)) throw new UnknownPdfTemplateError(name, dir);
    const cached = this.compiled.get(name);
    if (cached) return cached;
    const path = join(dir, `${name}.hbs`);
    if (!existsSync(path)) throw new UnknownPdfTemplateError(name, dir);
    const compiled = this.handlebars.compile(readFileSync(path, 'utf8'), { strict: false });
    if (cache) this.compiled.set(name, compiled);
    return compiled;
  }
}

/**
 * A quoted CSS string for `content:` in @page margin boxes (the footer on every page), where HTML
 * escaping does not apply: quotes, backslashes, line breaks and "<" (no "</style>") become CSS escapes.
 */
export function cssString(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(/["\\<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** templates/pdf of the project, found from this file both under src/ (ts) and dist/src/ (compiled). */
export function defaultPdfTemplatesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'pdf');
    if (existsSync(join(candidate, 'partials'))) return candidate;
  }
  throw new Error('templates/pdf was not found above ' + __dirname);
}
