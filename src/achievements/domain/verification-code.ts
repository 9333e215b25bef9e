// The code printed on every PDF so anyone can check the document. It is random (never derived from
// the certificate number, so it cannot be guessed from one) and long enough that trying codes is
// hopeless: 16 characters of a 32-letter alphabet are 80 bits. The alphabet leaves out I, L, O and U
// so that a code read aloud or typed from paper is not mistaken.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;
const GROUP = 4;

/** A new code, grouped for reading: "K7Q2-9XMD-4RTP-H3WZ". */
export function newVerificationCode(): string {
  // One random byte per character: 256 is a multiple of the alphabet's 32, so every character is as
  // likely as the others. The bytes come from a pool refilled 4 KiB at a time (a bulk import makes
  // 100,000 codes in a few seconds; a call to the random source per character costs more than the rest).
  if (poolOffset + LENGTH > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    if (i > 0 && i % GROUP === 0) code += '-';
    code += ALPHABET[pool[poolOffset + i] % ALPHABET.length];
  }
  poolOffset += LENGTH;
  return code;
}

const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/**
 * A code as someone typed it, in the stored form, or undefined when it cannot be one. Case, spaces
 * and dashes do not matter, and the letters people confuse with digits are read as those digits.
 */
export function normaliseVerificationCode(input: string): string | undefined {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return undefined;
  return compact.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}
