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
