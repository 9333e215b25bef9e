import { countryOptions, isCountryCode, normaliseUkPostcode, usesUkPostcodes } from './postal-areas';

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
});
