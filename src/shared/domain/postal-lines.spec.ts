import { checkPostalLines } from './postal-lines';

const limits = { line: 20, town: 10, county: 10 };

describe('checkPostalLines', () => {
  it('tidies each line, leaves the optional ones null and writes a UK postcode as Royal Mail does', () => {
    const { lines, problems } = checkPostalLines(
      { line1: '  1   High  Street ', line2: ' ', town: 'Leeds', postcode: 'ls11aa', country: 'gb' },
      limits,
    );
    expect(problems).toEqual([]);
    expect(lines).toEqual({
      line1: '1 High Street',
      line2: null,
      town: 'Leeds',
      county: null,
      postcode: 'LS1 1AA',
      country: 'GB',
    });
  });

  it('names every bad part with the caller’s field names and the limits it was given', () => {
    const { problems } = checkPostalLines(
      {
        line1: '',
        line2: 'x'.repeat(21),
        town: 'Much Wenlock',
        county: 'y'.repeat(11),
        postcode: '?',
        country: 'ZZ',
      },
      limits,
      (part) => `delivery.${part}`,
    );
    expect(problems).toEqual([
      { field: 'delivery.line1', message: 'Enter the first line of the address' },
      { field: 'delivery.line2', message: 'Address line 2 must be 20 characters or fewer' },
      { field: 'delivery.town', message: 'The town or city must be 10 characters or fewer' },
      { field: 'delivery.county', message: 'The county must be 10 characters or fewer' },
      { field: 'delivery.country', message: 'Choose a country from the list' },
      expect.objectContaining({ field: 'delivery.postcode' }),
    ]);
  });

  it('asks for a country when none was chosen, and treats anything that is not text as empty', () => {
    const { problems } = checkPostalLines({ line1: 5, town: 'York', postcode: 'YO1 7HH' }, limits);
    expect(problems.map((p) => p.field)).toEqual(['line1', 'country']);
    expect(problems[1].message).toBe('Choose the country');
  });
});
