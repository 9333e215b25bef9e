import { checkAddress, isInternational } from './postal-address';

const base = { fullName: 'John Eichen', line1: '1 High Street', town: 'Leeds', country: 'GB' };

describe('checkAddress', () => {
  it('normalises a UK postcode', () => {
    expect(checkAddress({ ...base, postcode: 'sw1a1aa' }, 'billingAddress').postcode).toBe('SW1A 1AA');
  });

  it('refuses a missing postcode, a bad UK postcode and an unknown country, naming the fields', () => {
    expect(() => checkAddress({ ...base }, 'billingAddress')).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'billingAddress.postcode' })] }),
    );
    expect(() => checkAddress({ ...base, postcode: 'ABC 123' }, 'x')).toThrow(
      expect.objectContaining({ code: 'ORDERING.INVALID_ADDRESS' }),
    );
    expect(() => checkAddress({ ...base, postcode: '12345', country: 'XX' }, 'x')).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ field: 'x.country' })] }),
    );
  });

  it('treats the Channel Islands as domestic and France as international', () => {
    expect(isInternational(checkAddress({ ...base, postcode: 'JE2 3AB', country: 'JE' }, 'a'))).toBe(false);
    expect(isInternational(checkAddress({ ...base, postcode: '75002', country: 'fr' }, 'a'))).toBe(true);
  });
});
