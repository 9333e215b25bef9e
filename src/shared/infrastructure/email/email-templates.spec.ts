import { join } from 'node:path';
import {
  absoluteUrl,
  defaultEmailTemplatesDir,
  EmailTemplates,
  UnknownEmailTemplateError,
} from './email-templates';

const brand = {
  name: 'Institute of Testing',
  shortName: 'IoT',
  headerColour: '#112233',
  accentColour: '#445566',
};

function templates(): EmailTemplates {
  return new EmailTemplates({
    dir: defaultEmailTemplatesDir(),
    publicUrl: 'https://certs.example.org',
    brand,
    cache: true,
  });
}

describe('EmailTemplates', () => {
  it('finds the project templates', () => {
    expect(defaultEmailTemplatesDir()).toBe(join(__dirname, '../../../../templates/emails'));
  });

  it('renders an HTML part and a plain-text part inside the branded layouts', () => {
    const { html, text } = templates().render('test-message', 'Your test message', {
      name: 'Ada',
      sentOn: '2017-01-04',
      amount: 2588,
    });
    expect(html).toContain('<title>Your test message</title>');
    expect(html).toContain('Hello Ada,');
    expect(html).toContain('Institute of Testing');
    expect(html).toContain('background:#112233');
    expect(html).toContain('sent on 4 January 2017');
    expect(html).toContain('£25.88');
    expect(html).toContain('href="https://certs.example.org/documents"');
    expect(html).not.toContain('{{');

    expect(text).toContain('Hello Ada,');
    expect(text).toContain('sent on 4 January 2017');
    expect(text).toContain('Amount: £25.88');
    expect(text).toContain('View your documents: https://certs.example.org/documents');
    expect(text).toMatch(/--\nInstitute of Testing\nhttps:\/\/certs\.example\.org\n$/);
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('escapes data in the HTML part and leaves the text part unescaped', () => {
    const { html, text } = templates().render('test-message', 'Fish & <chips>', {
      name: '<script>alert("x")</script> O\'Neil & Sons',
      sentOn: '2017-01-04',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#x27;Neil &amp; Sons');
    expect(html).toContain('<title>Fish &amp; &lt;chips&gt;</title>');
    expect(text).toContain('Hello <script>alert("x")</script> O\'Neil & Sons,');
  });

  it('refuses unknown template names and names that leave the folder', () => {
    expect(() => templates().render('no-such-message', 'x', {})).toThrow(UnknownEmailTemplateError);
    expect(() => templates().render('../pdf/ecertificate', 'x', {})).toThrow(UnknownEmailTemplateError);
    expect(() => templates().render('layouts/html', 'x', {})).toThrow(UnknownEmailTemplateError);
  });

  it('makes links absolute and leaves absolute ones alone', () => {
    expect(absoluteUrl('https://a.example/', '/login')).toBe('https://a.example/login');
    expect(absoluteUrl('https://a.example', 'login?x=1')).toBe('https://a.example/login?x=1');
    expect(absoluteUrl('https://a.example', 'https://b.example/x')).toBe('https://b.example/x');
    expect(absoluteUrl('https://a.example', 'mailto:help@a.example')).toBe('mailto:help@a.example');
  });
});
