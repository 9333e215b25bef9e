import { InvalidInputError } from '../../../shared/domain';
import { rowsFromCsv, rowsFromJson } from './import-rows';

const HEADER =
  'certificateNumber,kind,title,qualificationNumber,candidateNumber,fullName,grade,issueDate,centre,expiryDate,description,units';

describe('import rows', () => {
  it('reads CSV rows with their file line numbers and units as a JSON column', () => {
    const csv = [
      HEADER,
      '01702345-01-K7PD,qualification,Level 3 Diploma,600/6553/2,0001010,John Eichen,Merit,2018-03-14,Fanshaws,,,"[{""unitNumber"":""A1"",""title"":""Safety"",""credit"":2}]"',
      '',
      '01718820-01-ACR3,accreditation,Accredited Assessor,,0001010,John Eichen,,2018-01-03,,2021-01-03,"Line one\nline two",',
    ].join('\n');
    const rows = rowsFromCsv(csv);
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
    expect(rows[0].fields.units).toEqual([{ unitNumber: 'A1', title: 'Safety', credit: 2 }]);
    expect(rows[0].fields).not.toHaveProperty('expiryDate');
    expect(rows[1].fields.description).toBe('Line one\nline two');
    expect(rows[1].problem).toBeUndefined();
  });

  it('marks a row with broken units or the wrong number of columns', () => {
    const rows = rowsFromCsv(
      [HEADER, 'A-1,qualification,T,,1,N,,2018-01-01,,,,[{broken', 'A-2,qualification,T'].join('\n'),
    );
    expect(rows[0].problem).toMatch(/units/);
    expect(rows[1].problem).toMatch(/columns/);
  });

  it('judges each row by its own columns: a short row does not spoil the rows after it', () => {
    const rows = rowsFromCsv(
      [
        HEADER,
        'A-1,qualification,T',
        'A-2,qualification,T,,1,N,,2018-01-01,,,,',
        'A-3,qap,T,,1,N,,2018-01-01,,,,,',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.row, r.problem])).toEqual([
      [2, 'The row does not have 12 columns'],
      [3, undefined],
      [4, 'The row does not have 12 columns'],
    ]);
    expect(rows[1].fields).toEqual({
      certificateNumber: 'A-2',
      kind: 'qualification',
      title: 'T',
      candidateNumber: '1',
      fullName: 'N',
      issueDate: '2018-01-01',
    });
  });

  it('refuses a file without the required columns, or with unknown ones', () => {
    expect(() => rowsFromCsv('certificateNumber,title\nA,B')).toThrow(InvalidInputError);
    expect(() => rowsFromCsv(`${HEADER},colour\n`)).toThrow(InvalidInputError);
  });

  it('reads a JSON array, numbering from 1, flagging unknown fields', () => {
    const rows = rowsFromJson([{ certificateNumber: 'A' }, { certificateNumber: 'B', colour: 'red' }, 'x']);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[1].problem).toMatch(/colour/);
    expect(rows[2].problem).toBeDefined();
    expect(() => rowsFromJson({})).toThrow(InvalidInputError);
  });
});
