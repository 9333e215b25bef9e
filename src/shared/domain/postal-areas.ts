import * as countries from 'i18n-iso-countries';

// English country names for pages, emails, PDFs and the print house's file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * Royal Mail's area: the UK, and the Channel Islands and the Isle of Man, which use UK-style postcodes
 * and post as the UK does. One rule for an address-book entry (Identity) and a delivery address (Ordering).
 */
const ROYAL_MAIL_COUNTRIES = new Set(['GB', 'GG', 'JE', 'IM']);

// The UK postcode shape (outward code, inward code), with GIR 0AA; checked without spaces.
const UK_POSTCODE =
  /^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

export function usesUkPostcodes(country: string): boolean {
  return ROYAL_MAIL_COUNTRIES.has(country);
}

/** "sw1a1aa", "SW1A  1AA" -> "SW1A 1AA"; undefined when it is not a UK postcode. */
export function normaliseUkPostcode(value: string): string | undefined {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  if (!UK_POSTCODE.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** The longest postcode anywhere (Royal Mail's are 8 with the space; a few countries' run to 10). */
export const POSTCODE_MAX_LENGTH = 10;

/** A typed postcode, tidied (trimmed, upper case, one space between parts), and what is wrong with it, if anything. */
export interface CheckedPostcode {
  value: string;
  problem: string | null;
}

/**
 * The postcode rule for every address Veri keeps, an address-book entry (Identity) and an order's
 * delivery and billing addresses (Ordering): one is required; in Royal Mail's area it has the UK
 * shape and is stored as Royal Mail writes it; elsewhere it is letters, digits, spaces and dashes.
 */
export function checkPostcode(typed: unknown, country: string): CheckedPostcode {
  const value = typeof typed === 'string' ? typed.trim().replace(/\s+/g, ' ').toUpperCase() : '';
  if (!value) return { value, problem: 'Enter the postcode' };
  if (usesUkPostcodes(country)) {
    const normalised = normaliseUkPostcode(value);
    return normalised
      ? { value: normalised, problem: null }
      : { value, problem: 'Enter a real UK postcode, like SW1A 1AA' };
  }
  if (value.length > POSTCODE_MAX_LENGTH || !/^[A-Z0-9][A-Z0-9 -]*$/.test(value))
    return {
      value,
      problem: `Enter the postcode: letters, digits, spaces and dashes, ${POSTCODE_MAX_LENGTH} characters or fewer`,
    };
  return { value, problem: null };
}

/** An ISO 3166-1 alpha-2 code (upper case) that names a country. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** Countries for an address form: the United Kingdom first, then the rest by English name. */
export function countryOptions(): Array<{ value: string; label: string }> {
  const names = countries.getNames('en', { select: 'official' });
  const rest = Object.entries(names)
    .filter(([code]) => code !== 'GB')
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return [{ value: 'GB', label: 'United Kingdom' }, ...rest];
}
