import { countryName, usesUkPostcodes } from '../../shared/domain/postal-areas';
import { checkPostalLines, PostalLines, typedText } from '../../shared/domain/postal-lines';
import { InvalidAddressError } from './ordering.errors';

/** An address as the order keeps it (a copy: later edits to the address book do not change orders). */
export interface PostalAddress extends PostalLines {
  fullName: string;
}

export function isInternational(address: Pick<PostalAddress, 'country'>): boolean {
  return !usesUkPostcodes(address.country);
}

/**
 * The address as it is printed on an envelope, each part in its place (null where a line is not used):
 * the print house's file keeps the places, a letter and an email leave the unused lines out.
 */
export function printedLines(address: PostalAddress): Array<string | null> {
  const { fullName, line1, line2, town, county, postcode, country } = address;
  return [fullName, line1, line2, town, county, postcode, countryName(country)];
}

/** The lines of the address that are used, as a letter or an email shows them. */
export function addressBlock(address: PostalAddress): string[] {
  return printedLines(address).filter((line): line is string => Boolean(line));
}

/** An order's limits; the address book allows longer towns and counties. */
const PRINTED_LINE_LIMITS = { line: 100, town: 40, county: 40 } as const;

/**
 * Checks and normalises an address typed by a person or sent by a client: the lines a courier needs,
 * a known country, and a postcode (UK ones in the UK shape, stored upper case with one space).
 * `prefix` names the fields in the error details (e.g. "billingAddress").
 */
export function checkAddress(input: Record<string, unknown>, prefix: string): PostalAddress {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const { lines, problems } = checkPostalLines(input, PRINTED_LINE_LIMITS, field);
  const fullName = typedText(input.fullName);
  if (!fullName || fullName.length > 100)
    problems.unshift({
      field: field('fullName'),
      message: 'Enter the name of the person at this address (up to 100 characters)',
    });
  if (problems.length > 0) throw new InvalidAddressError(problems);
  return { fullName, ...lines };
}
