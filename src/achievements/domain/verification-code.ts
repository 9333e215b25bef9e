// The code printed on every PDF so anyone can check the document. It is random (never derived from
// the certificate number, so it cannot be guessed from one) and long enough that trying codes is
// hopeless: 16 characters of a 32-letter alphabet are 80 bits. The alphabet leaves out I, L, O and U
// so that a code read aloud or typed from paper is not mistaken.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;
const GROUP = 4;

/** A new code, grouped for reading: "K7Q2-9XMD-4RTP-H3WZ". */
export function newVerificationCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  const groups: string[] = [];
  for (let i = 0; i < LENGTH; i += GROUP) groups.push(chars.slice(i, i + GROUP).join(''));
  return groups.join('-');
}

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
