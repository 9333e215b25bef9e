import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LOGO_BYTES = 1024 * 1024;
const FETCH_TIMEOUT_MS = 5000;
const TYPES_BY_EXTENSION: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/**
 * BRAND_LOGO_URL as a data: URL, because rendered PDF pages may fetch nothing. A data: URL is used as it
 * is; a file: URL is read; anything else is fetched once (a relative path against PUBLIC_URL).
 */
export async function brandLogoAsDataUrl(logoUrl: string, publicUrl: string): Promise<string> {
  if (logoUrl.startsWith('data:')) return logoUrl;
  const url = new URL(logoUrl, `${publicUrl}/`);
  if (url.protocol === 'file:') {
    const path = fileURLToPath(url);
    const type = TYPES_BY_EXTENSION[extname(path).toLowerCase()];
    if (!type) throw new Error(`The brand logo ${path} is not a PNG, JPEG, GIF, SVG or WebP file`);
    return dataUrl(type, await readFile(path));
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`The brand logo ${url.href} answered ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  if (!type.startsWith('image/'))
    throw new Error(`The brand logo ${url.href} is not an image (${type || 'no type'})`);
  return dataUrl(type, Buffer.from(await response.arrayBuffer()));
}

function dataUrl(type: string, bytes: Buffer): string {
  if (bytes.length > MAX_LOGO_BYTES) throw new Error(`The brand logo is larger than ${MAX_LOGO_BYTES} bytes`);
  return `data:${type};base64,${bytes.toString('base64')}`;
}
