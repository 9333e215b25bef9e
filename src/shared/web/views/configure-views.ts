// Server-rendered pages: handlebars (hbs) views in templates/views, partials in
// templates/views/partials, every page inside templates/views/layouts/main.hbs unless it says
// `layout: false`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type Handlebars from 'handlebars';
import { AppConfig } from '../../../config/app-config';
import { publicDir, viewsDir } from '../project-paths';
import { registerWebHelpers } from './view-helpers';

interface HbsInstance {
  handlebars: typeof Handlebars;
  __express: (path: string, options: object, callback: (error: Error | null, html?: string) => void) => void;
}
// hbs has no type declarations; `create()` gives an instance with its own handlebars environment,
// so the helpers and partials of the pages never leak into the email or PDF templates.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hbs = require('hbs') as { create(): HbsInstance };

/** Partials are registered synchronously at start-up (hbs' own registerPartials is asynchronous). */
export function registerPartials(handlebars: typeof Handlebars, dir: string, base = dir): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) registerPartials(handlebars, path, base);
    else if (entry.endsWith('.hbs'))
      // Compiled once here: registered as source, a partial used inside a partial block is compiled
      // again on every page that uses it.
      handlebars.registerPartial(
        relative(base, path).slice(0, -4).replace(/\\/g, '/'),
        handlebars.compile(readFileSync(path, 'utf8')),
      );
  }
}

/** Changes when the stylesheet changes, so it can be cached for a year under a versioned URL. */
function assetVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['css/veri.css']) hash.update(readFileSync(join(publicDir(), file)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Every page template and partial is compiled knowing the helpers there are: `{{title}}` becomes a plain
 * read of the property instead of a look for a helper of that name first, and a template that names a
 * helper that does not exist fails to compile instead of printing nothing.
 */
export function pageCompileOptions(handlebars: typeof Handlebars): CompileOptions {
  return {
    knownHelpers: Object.fromEntries(Object.keys(handlebars.helpers).map((name) => [name, true])),
    knownHelpersOnly: true,
  };
}

// hbs compiles each view itself, with no options of its own to pass: the environment's compile is wrapped.
function compileKnowingTheHelpers(handlebars: typeof Handlebars): void {
  const compile = handlebars.compile.bind(handlebars);
  handlebars.compile = (input, options) => compile(input, { ...pageCompileOptions(handlebars), ...options });
}

export function configureViews(app: NestExpressApplication, config: AppConfig): void {
  const instance = hbs.create();
  registerWebHelpers(instance.handlebars);
  compileKnowingTheHelpers(instance.handlebars);
  registerPartials(instance.handlebars, join(viewsDir(), 'partials'));
  app.engine('hbs', instance.__express);
  app.setBaseViewsDir(viewsDir());
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layouts/main' });
  // Compiled views are kept in every environment: recompiling the page and its layout on each request
  // cost most of a page's time (the landing benchmark). Restart to see a changed template.
  app.set('view cache', true);
  const locals = app.getHttpAdapter().getInstance().locals as Record<string, unknown>;
  locals.brand = config.brand;
  locals.assetVersion = assetVersion();
}
