import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppConfig } from '../../../config/app-config';
import { registerFormatHelpers } from '../templating/format-helpers';

export interface RenderedEmail {
  html: string;
  text: string;
}

export interface EmailTemplatesOptions {
  /** The folder holding <name>.html.hbs, <name>.text.hbs, layouts/ and partials/. */
  dir: string;
  publicUrl: string;
  brand: AppConfig['brand'];
  /** Compiled templates are kept; off in development so an edited template shows at once. */
  cache: boolean;
}

export class UnknownEmailTemplateError extends Error {
  constructor(name: string) {
    super(`There is no email template "${name}" (need ${name}.html.hbs and ${name}.text.hbs)`);
  }
}

const TEMPLATE_NAME = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

/**
 * Renders templates/emails/<name>.html.hbs and <name>.text.hbs inside the shared layouts
 * (layouts/html.hbs, layouts/text.hbs). The HTML part escapes data; the text part is plain text and is
 * not HTML-escaped. Helpers: `{{url "/path"}}` (absolute link from PUBLIC_URL), `{{britishDate d}}`,
 * `{{money pence}}`, `{{oneLine text}}` and `{{quoteLines text}}` (someone's typed words kept inside
 * their quoted block in plain text: no line break can end the quote); partials from partials/ (`{{> button href=(url "/login") label="Sign in"}}`).
 */
export class EmailTemplates {
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly options: EmailTemplatesOptions) {
    registerFormatHelpers(this.handlebars);
    this.handlebars.registerHelper('url', (path: unknown) =>
      absoluteUrl(options.publicUrl, String(path ?? '/')),
    );
    this.handlebars.registerHelper('oneLine', (text: unknown) =>
      String(text ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    this.handlebars.registerHelper('quoteLines', (text: unknown) =>
      String(text ?? '')
        .split(/\r\n|\r|\n/)
        .map((line) => `  > ${line}`)
        .join('\n'),
    );
    const partials = join(options.dir, 'partials');
    if (existsSync(partials)) {
      for (const file of readdirSync(partials).filter((name) => name.endsWith('.hbs'))) {
        this.handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(partials, file), 'utf8'));
      }
    }
  }

  render(name: string, subject: string, data: Record<string, unknown>): RenderedEmail {
    if (!TEMPLATE_NAME.test(name)) throw new UnknownEmailTemplateError(name);
    const { brand, publicUrl } = this.options;
    const context = { ...data, subject, brand, publicUrl };
    const layout = { subject, brand, publicUrl, year: new Date().getFullYear() };
    return {
      html: this.template(
        'layouts/html.hbs',
        false,
      )({ ...layout, body: this.template(`${name}.html.hbs`, false)(context) }),
      text: normaliseText(
        this.template(
          'layouts/text.hbs',
          true,
        )({ ...layout, body: this.template(`${name}.text.hbs`, true)(context).trim() }),
      ),
    };
  }

  private template(file: string, plainText: boolean): Handlebars.TemplateDelegate {
    const cached = this.compiled.get(file);
    if (cached) return cached;
    const path = join(this.options.dir, file);
    if (!existsSync(path)) throw new UnknownEmailTemplateError(file.replace(/\.(html|text)\.hbs$/, ''));
    const compiled = this.handlebars.compile(readFileSync(path, 'utf8'), {
      noEscape: plainText,
      strict: false,
    });
    if (this.options.cache) this.compiled.set(file, compiled);
    return compiled;
  }
}

/** A link in an email must work outside the site: paths are made absolute with PUBLIC_URL. */
export function absoluteUrl(publicUrl: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return `${publicUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** At most one blank line in a row, and no trailing spaces: templates indent for readability. */
function normaliseText(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** templates/emails of the project, found from this file both under src/ (ts) and dist/src/ (compiled). */
export function defaultEmailTemplatesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'emails');
    if (existsSync(join(candidate, 'layouts'))) return candidate;
  }
  throw new Error('templates/emails was not found above ' + __dirname);
}
