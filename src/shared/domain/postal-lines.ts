import { checkPostcode, isCountryCode } from './postal-areas';

/** The lines every postal address Veri keeps has: an address-book entry (Identity) and an order's (Ordering). */
export interface PostalLines {
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  /** UK postcodes upper case with one space. */
  postcode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
}

/** How long each part may be: the address book's and the print house's limits differ. */
export interface PostalLineLimits {
  line: number;
  town: number;
  county: number;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Typed text, trimmed and with runs of white space folded to one space; '' for anything that is not text. */
export function typedText(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
}

/**
 * Checks and tidies the postal lines of a typed address and names each bad part. `fieldName` turns a part's
 * name into the name the caller reports (e.g. "billingAddress.town"); the caller throws its own error.
 */
export function checkPostalLines(
  input: Partial<Record<keyof PostalLines, unknown>>,
  limits: PostalLineLimits,
  fieldName: (part: keyof PostalLines) => string = (part) => part,
): { lines: PostalLines; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const report = (part: keyof PostalLines, message: string) =>
    problems.push({ field: fieldName(part), message });
  const [line1, line2, town, county] = [input.line1, input.line2, input.town, input.county].map(typedText);
  const country = typedText(input.country).toUpperCase();
  const postcode = checkPostcode(input.postcode, country);

  if (!line1) report('line1', 'Enter the first line of the address');
  else if (line1.length > limits.line)
    report('line1', `Address line 1 must be ${limits.line} characters or fewer`);
  if (line2.length > limits.line)
    report('line2', `Address line 2 must be ${limits.line} characters or fewer`);
  if (!town) report('town', 'Enter the town or city');
  else if (town.length > limits.town)
    report('town', `The town or city must be ${limits.town} characters or fewer`);
  if (county.length > limits.county)
    report('county', `The county must be ${limits.county} characters or fewer`);
  if (!isCountryCode(country))
    report('country', country ? 'Choose a country from the list' : 'Choose the country');
  if (postcode.problem) report('postcode', postcode.problem);

  const lines = {
    line1,
    line2: line2 || null,
    town,
    county: county || null,
    postcode: postcode.value,
    country,
  };
  return { lines, problems };
}
