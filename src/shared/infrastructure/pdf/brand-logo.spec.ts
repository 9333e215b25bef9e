import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brandLogoAsDataUrl } from './brand-logo';

describe('brandLogoAsDataUrl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veri-logo-'));

  it('keeps a data: URL as it is', async () => {
    await expect(brandLogoAsDataUrl('data:image/png;base64,AAAA', 'http://localhost:3000')).resolves.toBe(
      'data:image/png;base64,AAAA',
    );
  });

  it('inlines a logo file', async () => {
    const path = join(dir, 'logo.svg');
    writeFileSync(path, '<svg xmlns="http://www.w3.org/2000/svg"/>');

    const dataUrl = await brandLogoAsDataUrl(pathToFileURL(path).href, 'http://localhost:3000');

    expect(dataUrl).toBe(
      `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`,
    );
  });

  it('refuses a file that is not an image', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a logo');

    await expect(brandLogoAsDataUrl(pathToFileURL(path).href, 'http://localhost:3000')).rejects.toThrow(
      /not a PNG, JPEG/,
    );
  });
});
