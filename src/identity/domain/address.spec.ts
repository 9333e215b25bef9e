import { checkAddress } from './address';
import { normaliseUkPostcode } from '../../shared/domain/postal-areas';
import { AddressBook } from './address-book';
import { InvalidAddressError } from './profile.errors';

const home = { line1: '1 High Street', town: 'Leeds', postcode: 'ls1 4ap', country: 'gb' };
const fieldsOf = (error: unknown) => (error as InvalidAddressError).details.map((detail) => detail.field);

describe('checkAddress', () => {
  it('trims, upper-cases the country and writes UK postcodes with one space', () => {
    expect(checkAddress({ ...home, label: '  Home ', line2: '', county: ' West  Yorkshire ' })).toEqual({
      label: 'Home',
      line1: '1 High Street',
      line2: null,
      town: 'Leeds',
      county: 'West Yorkshire',
      postcode: 'LS1 4AP',
      country: 'GB',
    });
    expect(normaliseUkPostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normaliseUkPostcode('GIR 0AA')).toBe('GIR 0AA');
    expect(normaliseUkPostcode('12345')).toBeUndefined();
  });

  it('names every missing or bad part', () => {
    expect(() => checkAddress({})).toThrow(InvalidAddressError);
    try {
      checkAddress({ line1: '', town: '', postcode: '', country: 'XX' });
    } catch (error) {
      expect(fieldsOf(error)).toEqual(['line1', 'town', 'country', 'postcode']);
    }
    try {
      checkAddress({ ...home, postcode: 'NOT A CODE' });
    } catch (error) {
      expect(fieldsOf(error)).toEqual(['postcode']);
    }
  });

  it('accepts other countries’ postcodes as written', () => {
    expect(checkAddress({ ...home, country: 'DE', postcode: '10115' }).postcode).toBe('10115');
    expect(checkAddress({ ...home, country: 'IE', postcode: 'd02 x285' }).postcode).toBe('D02 X285');
  });
});

describe('AddressBook', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  const fields = checkAddress(home);

  it('makes the first address the default and keeps exactly one default', () => {
    const book = new AddressBook('account', []);
    book.add('a', fields, false, now);
    book.add('b', fields, false, new Date(now.getTime() + 1));
    expect(book.list().map((a) => [a.id, a.isDefault])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    book.chooseDefault('b', now);
    expect(book.list().map((a) => [a.id, a.isDefault])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    book.remove('b', now);
    expect(book.list().map((a) => [a.id, a.isDefault])).toEqual([['a', true]]);
  });

  it('holds at most the limit and refuses unknown ids', () => {
    const book = new AddressBook('account', []);
    for (let i = 0; i < AddressBook.LIMIT; i++) book.add(`id-${i}`, fields, false, now);
    expect(() => book.add('one-more', fields, false, now)).toThrow('already holds 20 addresses');
    expect(() => book.get('missing')).toThrow('could not find that address');
  });
});
