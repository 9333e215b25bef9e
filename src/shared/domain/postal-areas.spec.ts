import {
  checkPostcode,
  countryOptions,
  isCountryCode,
  normaliseUkPostcode,
  usesUkPostcodes,
} from './postal-areas';

describe('postal areas', () => {
  it('normalises UK postcodes to upper case with one space, and refuses what is not one', () => {
    expect(normaliseUkPostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normaliseUkPostcode(' SW1A   1AA ')).toBe('SW1A 1AA');
    expect(normaliseUkPostcode('gir 0aa')).toBe('GIR 0AA');
    expect(normaliseUkPostcode('12345')).toBeUndefined();
    expect(normaliseUkPostcode('QQ1 1AA')).toBeUndefined();
  });

  it('treats the Channel Islands and the Isle of Man as Royal Mail’s area, and nowhere else', () => {
    expect(['GB', 'GG', 'JE', 'IM'].every(usesUkPostcodes)).toBe(true);
    expect(usesUkPostcodes('IE')).toBe(false);
  });

  it('knows country codes and lists the United Kingdom first', () => {
    expect(isCountryCode('FR')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('fr')).toBe(false);
    expect(countryOptions()[0]).toEqual({ value: 'GB', label: 'United Kingdom' });
  });

  it('checks a postcode for its country: required, UK shape in Royal Mail’s area, plain text elsewhere', () => {
    expect(checkPostcode(' sw1a  1aa ', 'GB')).toEqual({ value: 'SW1A 1AA', problem: null });
    expect(checkPostcode('je2 3ab', 'JE')).toEqual({ value: 'JE2 3AB', problem: null });
    expect(checkPostcode('12345', 'GB').problem).toBe('Enter a real UK postcode, like SW1A 1AA');
    expect(checkPostcode('  ', 'GB').problem).toBe('Enter the postcode');
    expect(checkPostcode(undefined, 'FR').problem).toBe('Enter the postcode');
    expect(checkPostcode('d02  x285', 'IE')).toEqual({ value: 'D02 X285', problem: null });
    expect(checkPostcode('75001', 'FR')).toEqual({ value: '75001', problem: null });
    expect(checkPostcode('12345-67890', 'US').problem).toMatch(/10 characters or fewer/);
    expect(checkPostcode('<b>1</b>', 'FR').problem).toMatch(/letters, digits, spaces and dashes/);
  });
});
