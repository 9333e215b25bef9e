// Names are matched on a key that ignores case, whitespace, accents and punctuation, so "Zoë O'Brien",
// "ZOE OBRIEN" and "zoe o brien" are the same person's name. Import and matching use this one function;
// the key is stored in an indexed column so a match is an index lookup.

// Letters that Unicode does not decompose into a base letter plus accent.
const FOLDED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter])
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export const MAX_NAME_LENGTH = 100;

/** A name as a person typed it, trimmed and with runs of whitespace made single; undefined reasons are fine. */
export function cleanName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Why a name cannot be used, or undefined when it is acceptable. */
export function nameProblem(value: string, label: string): string | undefined {
  const name = cleanName(value);
  if (name.length === 0) return `Enter your ${label}`;
  if ([...name].length > MAX_NAME_LENGTH)
    return `${capitalise(label)} must be ${MAX_NAME_LENGTH} characters or fewer`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return `${capitalise(label)} must not contain control characters`;
  if (nameKey(name).length === 0) return `${capitalise(label)} must contain letters`;
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
