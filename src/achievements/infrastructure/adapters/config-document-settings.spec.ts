import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../config/app-config';
import { ConfigDocumentSettings } from './config-document-settings';

describe('ConfigDocumentSettings', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'veri-templates-'));
    await mkdir(join(dir, 'partials'));
    await writeFile(join(dir, 'ecertificate.hbs'), '{{#> layout}}A{{/layout}}');
    await writeFile(join(dir, 'partials', 'layout.hbs'), '<html>{{> @partial-block}}</html>');
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  const settings = (env: Record<string, string> = {}) =>
    new ConfigDocumentSettings(
      loadConfig({ NODE_ENV: 'development', PUBLIC_URL: 'https://veri.example/', ...env }),
      dir,
    );

  it('links codes to the public verification page', () => {
    expect(settings().verificationUrl('K7Q2-9XMD-4RTP-H3WZ')).toBe(
      'https://veri.example/verify/K7Q2-9XMD-4RTP-H3WZ',
    );
  });

  it('gives a template a new version when it, a partial or the branding changes', async () => {
    const first = await settings().templateVersion('ecertificate');
    expect(await settings().templateVersion('ecertificate')).toBe(first);
    await writeFile(join(dir, 'ecertificate.hbs'), '{{#> layout}}B{{/layout}}');
    const second = await settings().templateVersion('ecertificate');
    expect(second).not.toBe(first);
    await writeFile(join(dir, 'partials', 'layout.hbs'), '<html lang="en">{{> @partial-block}}</html>');
    const third = await settings().templateVersion('ecertificate');
    expect(third).not.toBe(second);
    expect(await settings({ BRAND_NAME: 'Another Body' }).templateVersion('ecertificate')).not.toBe(third);
  });
});
