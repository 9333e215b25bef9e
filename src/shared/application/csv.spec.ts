import { csvCell, csvText } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Flat "2", Leeds')).toBe('"Flat ""2"", Leeds"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(['+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tx"]);
  });

  it('writes a missing value as an empty cell, not null or undefined', () => {
    expect([csvCell(null), csvCell(undefined), csvCell(0), csvCell('')]).toEqual(['', '', '0', '']);
  });
});

describe('csvText', () => {
  it('ends every row, the last too, with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
    expect(csvText([])).toBe('');
  });
});
