import Handlebars from 'handlebars';
import { join } from 'node:path';
import { viewsDir } from '../project-paths';
import { registerPartials } from './configure-views';

describe('registerPartials (the pages)', () => {
  it('registers every partial compiled, so that no page compiles a partial again', () => {
    const handlebars = Handlebars.create();
    registerPartials(handlebars, join(viewsDir(), 'partials'));
    const partials = Object.entries(handlebars.partials as Record<string, unknown>);
    expect(partials.length).toBeGreaterThan(5);
    expect(partials.filter(([, partial]) => typeof partial !== 'function').map(([name]) => name)).toEqual([]);
  });
});
