// Checks a PDF's signatures with poppler's pdfsig, the way a reader outside Veri would.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** pdfsig's report (it exits non-zero for an invalid signature; the report is what matters). */
export async function pdfsig(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veri-pdfsig-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdfsig', [file]).catch((error: { stdout?: string }) => ({
      stdout: error.stdout ?? '',
    }));
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The same PDF with one byte changed inside the first signed range: a byte of the binary comment on the
 * second line, so the file still opens and only the signature can tell.
 */
export function withOneByteChanged(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('\n') + 2;
  copy[at] = copy[at] ^ 0x01;
  return copy;
}
