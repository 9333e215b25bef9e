import Handlebars from 'handlebars';
import {
  formatBritishDate,
  formatBritishDateTime,
  formatMoney,
  registerFormatHelpers,
} from './format-helpers';

describe('format helpers', () => {
  it('write dates the British way without shifting calendar dates', () => {
    expect(formatBritishDate('2017-01-04')).toBe('4 January 2017');
    expect(formatBritishDate('2017-11-01')).toBe('1 November 2017');
    // 23:30 UTC on 30 June is already 1 July in the UK (BST).
    expect(formatBritishDate(new Date('2024-06-30T23:30:00Z'))).toBe('1 July 2024');
    expect(formatBritishDate('2024-12-31T23:30:00Z')).toBe('31 December 2024');
    expect(formatBritishDate(undefined)).toBe('');
    expect(() => formatBritishDate('not a date')).toThrow(/Not a date/);
  });

  it('write an instant as a British date and 24-hour time in the UK (summer time included)', () => {
    expect(formatBritishDateTime('2026-12-04T12:15:57Z')).toBe('4 December 2026, 12:15');
    expect(formatBritishDateTime(new Date('2026-07-01T23:30:00Z'))).toBe('2 July 2026, 00:30');
    expect(formatBritishDateTime(null)).toBe('');
  });

  it('write money from minor units', () => {
    expect(formatMoney(2588)).toBe('£25.88');
    expect(formatMoney(150000)).toBe('£1,500.00');
    expect(formatMoney('0')).toBe('£0.00');
    expect(formatMoney(999, 'EUR')).toBe('€9.99');
    expect(() => formatMoney(25.5)).toThrow(/minor units/);
  });

  it('are available to templates', () => {
    const handlebars = Handlebars.create();
    registerFormatHelpers(handlebars);
    const render = handlebars.compile('{{britishDate issued}} {{money total}} {{money total "EUR"}}');
    expect(render({ issued: '2017-01-04', total: 2588 })).toBe('4 January 2017 £25.88 €25.88');
  });
});
