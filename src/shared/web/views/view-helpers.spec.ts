import Handlebars from 'handlebars';
import { fieldId, jsonForHtml, registerWebHelpers } from './view-helpers';

function render(template: string, data: object): string {
  const handlebars = Handlebars.create();
  registerWebHelpers(handlebars);
  handlebars.registerPartial(
    'field',
    '{{#with (formField this) as |f|}}{{f.id}}|{{f.value}}|{{f.error}}|{{f.describedBy}}|{{f.checked}}|{{f.day}}/{{f.month}}/{{f.year}}{{/with}}',
  );
  return handlebars.compile(template)(data);
}

describe('web view helpers', () => {
  it('keeps input and shows the error of a field', () => {
    const html = render('{{> field name="email" hint="h"}}', {
      values: { email: 'ada@example.com' },
      errors: [{ field: 'email', message: 'Wrong' }],
    });
    expect(html).toBe('email|ada@example.com|Wrong|email-hint email-error|false|//');
  });

  it('never sends a password back', () => {
    expect(render('{{> field name="password" type="password"}}', { values: { password: 'secret' } })).toMatch(
      /^password\|\|/,
    );
  });

  it('splits a stored date into day, month and year, and prefers what was typed', () => {
    expect(render('{{> field name="dateOfBirth"}}', { values: { dateOfBirth: '2001-02-03' } })).toMatch(
      /\|3\/2\/2001$/,
    );
    expect(
      render('{{> field name="dateOfBirth"}}', {
        values: { 'dateOfBirth-day': '31', 'dateOfBirth-month': '13', 'dateOfBirth-year': '20' },
      }),
    ).toMatch(/\|31\/13\/20$/);
  });

  it('ticks a checkbox whose value was sent, alone or among several', () => {
    expect(render('{{> field name="rememberMe"}}', { values: { rememberMe: 'true' } })).toContain('|true|');
    expect(
      render('{{> field name="docs" checkedValue="ecertificate"}}', {
        values: { docs: ['etranscript', 'ecertificate'] },
      }),
    ).toContain('|true|');
    expect(
      render('{{> field name="docs" checkedValue="ecertificate"}}', { values: { docs: ['etranscript'] } }),
    ).toContain('|false|');
  });

  it('formats British dates and money', () => {
    expect(render('{{britishDate d}} {{money p}}', { d: '2017-01-04', p: 2588 })).toBe(
      '4 January 2017 £25.88',
    );
  });

  it('renders limited Markdown and never raw HTML', () => {
    expect(
      render('{{markdown a}}', { a: '**Yes** <img src=x onerror=alert(1)> [x](javascript:alert(1))' }),
    ).toBe('<p><strong>Yes</strong> &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>\n');
  });

  it('makes JSON safe to embed in a page', () => {
    expect(jsonForHtml({ a: '</script><b>&' })).toBe('{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
    expect(JSON.parse(jsonForHtml({ a: '</script>' }))).toEqual({ a: '</script>' });
  });

  it('makes element ids from nested field names', () => {
    expect(fieldId('permissions.0.certificateNumber')).toBe('permissions-0-certificateNumber');
    expect(fieldId('address[line1]')).toBe('address-line1');
  });

  it('chooses the menu from the principal and marks the current item', () => {
    const html = render(
      '{{#with (navigation)}}{{home}}:{{#each items}}{{label}}{{#if current}}*{{/if}},{{/each}}{{showBasket}}{{/with}}',
      {
        principal: { accountId: 'a', role: 'candidate', displayName: 'Ada' },
        currentPath: '/documents/01626756-01-Q3NF',
      },
    );
    expect(html).toBe(
      '/home:Candidate Home,Documents*,Connections,Profile,Orders,Enquiries,Support,FAQ,true',
    );
    expect(
      render('{{#with (navigation)}}{{#each items}}{{label}},{{/each}}{{/with}}', { currentPath: '/' }),
    ).toBe('Registration,FAQ,Login,');
  });
});
