import { rejectedRowsCsv } from './report-csv';

describe('rejectedRowsCsv', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = rejectedRowsCsv([
      { row: 2, reason: 'Date of birth, "2999-01-01", must be in the past' },
      { row: 3, reason: '=HYPERLINK("http://x")' },
      { row: 4, reason: '@SUM(A1)' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'row,reason',
      '2,"Date of birth, ""2999-01-01"", must be in the past"',
      `3,"'=HYPERLINK(""http://x"")"`,
      "4,'@SUM(A1)",
      '',
    ]);
  });

  it('writes a missing value as an empty cell, not null or undefined', () => {
    const stored = JSON.parse('[{"row":5,"reason":null},{"row":null}]') as Array<{
      row: number;
      reason: string;
    }>;
    expect(rejectedRowsCsv(stored).split('\r\n')).toEqual(['row,reason', '5,', ',', '']);
  });
});
