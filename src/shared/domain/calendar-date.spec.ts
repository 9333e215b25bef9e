import { endOfUkDay, parseCalendarDate, ukDateAt } from './calendar-date';

describe('calendar dates in the UK', () => {
  it('gives the UK date at an instant, which in summer is a day on from UTC just before midnight UTC', () => {
    expect(ukDateAt(new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-31');
    expect(ukDateAt(new Date('2027-07-31T23:30:00Z'))).toBe('2027-08-01');
  });

  it('turns to the next date at the first millisecond of the UK day, whatever it gave a moment before', () => {
    expect(ukDateAt(new Date('2027-01-31T23:59:59.999Z'))).toBe('2027-01-31');
    expect(ukDateAt(new Date('2027-02-01T00:00:00.000Z'))).toBe('2027-02-01');
    expect(ukDateAt(new Date('2027-07-31T22:59:59.999Z'))).toBe('2027-07-31');
    expect(ukDateAt(new Date('2027-07-31T23:00:00.000Z'))).toBe('2027-08-01');
    expect(ukDateAt(new Date('2027-07-31T23:00:59.999Z'))).toBe('2027-08-01');
    expect(ukDateAt(new Date('2027-07-31T22:59:00.000Z'))).toBe('2027-07-31');
  });

  it("ends a day at the UK's midnight, in GMT and in BST, and on the days the clocks change", () => {
    expect(endOfUkDay('2027-01-31')).toEqual(new Date('2027-01-31T23:59:59.999Z'));
    expect(endOfUkDay('2027-07-31')).toEqual(new Date('2027-07-31T22:59:59.999Z'));
    expect(endOfUkDay('2027-03-28')).toEqual(new Date('2027-03-28T22:59:59.999Z')); // clocks went forward
    expect(endOfUkDay('2027-10-31')).toEqual(new Date('2027-10-31T23:59:59.999Z')); // clocks went back
    for (const day of ['2027-03-28', '2027-07-31', '2027-10-31']) expect(ukDateAt(endOfUkDay(day))).toBe(day);
  });

  it('reads ISO and British dates and refuses impossible ones', () => {
    expect(parseCalendarDate('04/01/2017')).toBe('2017-01-04');
    expect(parseCalendarDate('2027-02-30')).toBeUndefined();
  });
});
