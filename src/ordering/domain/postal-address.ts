import { checkPostcode, isCountryCode, usesUkPostcodes } from '../../shared/domain/postal-areas';
import { InvalidAddressError } from './ordering.errors';

/** An address as the order keeps it (a copy: later edits to the address book do not change orders). */
export interface PostalAddress {
  fullName: string;
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  postcode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
}

export function isInternational(address: Pick<PostalAddress, 'country'>): boolean {
  return !usesUkPostcodes(address.country);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Checks and normalises an address typed by a person or sent by a client: the lines a courier needs,
 * a known country, and a postcode (UK ones in the UK shape, stored upper case with one space).
 * `prefix` names the fields in the error details (e.g. "billingAddress").
 */
export function checkAddress(input: Record<string, unknown>, prefix: string): PostalAddress {
  const problems: Array<{ field: string; message: string }> = [];
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const fullName = text(input.fullName);
  const line1 = text(input.line1);
  const line2 = text(input.line2);
  const town = text(input.town);
  const county = text(input.county);
  const country = text(input.country).toUpperCase();
  const { value: postcode, problem: postcodeProblem } = checkPostcode(input.postcode, country);

  if (!fullName || fullName.length > 100)
    problems.push({
      field: field('fullName'),
      message: 'Enter the name of the person at this address (up to 100 characters).',
    });
  if (!line1 || line1.length > 100)
    problems.push({
      field: field('line1'),
      message: 'Enter the first line of the address (up to 100 characters).',
    });
  if (line2.length > 100)
    problems.push({ field: field('line2'), message: 'The second line can be up to 100 characters.' });
  if (!town || town.length > 40)
    problems.push({ field: field('town'), message: 'Enter the town or city (up to 40 characters).' });
  if (county.length > 40)
    problems.push({ field: field('county'), message: 'The county can be up to 40 characters.' });
  if (!isCountryCode(country)) {
    problems.push({ field: field('country'), message: 'Choose a country from the list.' });
  }
  if (postcodeProblem) problems.push({ field: field('postcode'), message: postcodeProblem });
  if (problems.length > 0) throw new InvalidAddressError(problems);
  return { fullName, line1, line2: line2 || null, town, county: county || null, postcode, country };
}
