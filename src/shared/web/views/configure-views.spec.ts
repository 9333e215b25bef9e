import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewsDir } from '../project-paths';
import { pageCompileOptions, registerPartials } from './configure-views';
import { registerWebHelpers } from './view-helpers';

describe('registerPartials (the pages)', () => {
  it('registers every partial compiled, so that no page compiles a partial again', () => {
    const handlebars = Handlebars.create();
    registerPartials(handlebars, join(viewsDir(), 'partials'));
    const partials = Object.entries(handlebars.partials as Record<string, unknown>);
    expect(partials.length).toBeGreaterThan(5);
    expect(partials.filter(([, partial]) => typeof partial !== 'function').map(([name]) => name)).toEqual([]);
  });
});

describe('page templates', () => {
  const templates = (dir = viewsDir()): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? templates(join(dir, entry.name))
        : entry.name.endsWith('.hbs')
          ? [join(dir, entry.name)]
          : [],
    );

  // Pages are compiled knowing the helpers (configureViews), so a helper that does not exist is an error:
  // found here for every template, not when a test or a person first opens the page.
  it('name only helpers that exist', () => {
    const handlebars = Handlebars.create();
    registerWebHelpers(handlebars);
    const options = pageCompileOptions(handlebars);
    expect(templates().length).toBeGreaterThan(50);
    const failing = templates().flatMap((path) => {
      try {
        handlebars.precompile(readFileSync(path, 'utf8'), options);
        return [];
      } catch (error) {
        return [`${path}: ${(error as Error).message.split('\n')[0]}`];
      }
    });
    expect(failing).toEqual([]);
  });

  // An en dash in the layout's <title>, before the page's body, made turning each rendered page into the
  // answer's bytes cost about 1 ms more for the 110 KB /documents page (V8 flattens the rendered string
  // first). Such characters are written as entities (&ndash;, &#10003;). People's own data in the body
  // (a Polish name on every card) measured no slower.
  it('hold no character above U+00FF (written as an entity instead)', () => {
    const offending: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.hbs'))
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (/[^\t\n\r\u0020-\u00ff]/.test(line)) offending.push(`${path}:${index + 1}`);
            });
      }
    };
    walk(viewsDir());
    expect(offending).toEqual([]);
  });
});
