import { join } from 'node:path';
import { cssString, defaultPdfTemplatesDir, PdfTemplates, UnknownPdfTemplateError } from './pdf-templates';

describe('PdfTemplates', () => {
  const templates = new PdfTemplates({
    dir: defaultPdfTemplatesDir(),
    cache: true,
    brand: {
      name: 'Northern Awarding Body',
      shortName: 'NAB',
      headerColour: '#102030',
      accentColour: '#a0b0c0',
    },
  });
  const data = {
    candidate: { name: 'Ada <b>Lovelace</b>' },
    qualification: 'Level 3 Diploma',
    awardedOn: '2017-01-04',
    verification: { code: 'AB"CD-1234', url: 'https://veri.example/verify' },
  };

  it('renders a template inside the branded A4 layout, escaping the data', () => {
    const html = templates.render('sample', data, {
      title: 'Sample certificate',
      subject: 'Level 3 Diploma',
    });

    expect(html).toContain('<title>Sample certificate</title>');
    expect(html).toContain('<meta name="subject" content="Level 3 Diploma">');
    expect(html).toContain('Northern Awarding Body');
    expect(html).toContain('background: #102030');
    expect(html).toMatch(/@page\s*{\s*size: A4;/);
    expect(html).toContain('Ada &lt;b&gt;Lovelace&lt;/b&gt;');
    expect(html).toContain('4 January 2017');
    expect(html).toContain('content: "Verification code AB\\22 CD-1234";');
  });

  it('draws the logo only when there is one, and the verification box only for verifiable documents', () => {
    const plain = templates.render('sample', { candidate: { name: 'Ada' } }, {});
    const branded = templates.render('sample', data, { logoDataUrl: 'data:image/png;base64,AAAA' });

    expect(plain).not.toContain('class="brand-logo"');
    expect(plain).not.toContain('class="verification"');
    expect(plain).toContain('<title>Northern Awarding Body</title>');
    expect(branded).toContain('<img class="brand-logo" src="data:image/png;base64,AAAA"');
    expect(branded).toContain('class="verification"');
  });

  it('compiles its templates and partials once, not on every render', () => {
    const fresh = new PdfTemplates({
      dir: defaultPdfTemplatesDir(),
      cache: true,
      brand: { name: 'NAB', shortName: 'NAB', headerColour: '#102030', accentColour: '#a0b0c0' },
    });
    const handlebars = (fresh as unknown as { handlebars: { compile: (...args: unknown[]) => unknown } })
      .handlebars;
    const compile = jest.spyOn(handlebars, 'compile');
    const document = { title: 'Certificate' };
    fresh.render(
      'ecertificate',
      { achievement: { title: 'Level 3' }, verification: data.verification },
      document,
    );
    const afterFirst = compile.mock.calls.length;
    fresh.render(
      'ecertificate',
      { achievement: { title: 'Level 3' }, verification: data.verification },
      document,
    );
    expect(compile.mock.calls.length).toBe(afterFirst);
  });

  it('refuses unknown templates and names that could reach outside the templates folder', () => {
    expect(() => templates.render('no-such-document', {}, {})).toThrow(UnknownPdfTemplateError);
    expect(() => templates.render('../emails/layouts/html', {}, {})).toThrow(UnknownPdfTemplateError);
    expect(() => templates.render('partials/layout', {}, {})).toThrow(UnknownPdfTemplateError);
  });

  it('finds templates/pdf of the project', () => {
    expect(defaultPdfTemplatesDir()).toBe(join(__dirname, '../../../../templates/pdf'));
  });
});

describe('cssString', () => {
  it('quotes text so that it cannot end the CSS string or the style element', () => {
    expect(cssString('Code "X" \\ </style>')).toBe('"Code \\22 X\\22  \\5c  \\3c /style\\3e "');
    expect(cssString(undefined)).toBe('""');
  });
});
