import { readAchievementDetails } from './achievement-details';

const TODAY = '2026-11-29';
const valid = {
  kind: 'qualification',
  title: 'Level 3 NVQ Diploma in Customer Service',
  qualificationNumber: '500/9349/6',
  candidateNumber: '0001010',
  fullName: 'John Eichen',
  grade: 'Pass',
  issueDate: '2017-01-04',
  centre: 'Fanshaws',
  units: [
    {
      unitNumber: 'F/601/1615',
      title: 'Communicate verbally with customers',
      level: '3',
      credit: 3,
      grade: 'Pass',
    },
  ],
};

describe('readAchievementDetails', () => {
  it('reads valid details, cleaning spaces and case', () => {
    const reading = readAchievementDetails(
      { ...valid, title: '  Level 3   NVQ Diploma in Customer Service ', candidateNumber: ' 0001010 ' },
      TODAY,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.details).toMatchObject({
      title: 'Level 3 NVQ Diploma in Customer Service',
      candidateNumber: '0001010',
      issueDate: '2017-01-04',
    });
  });

  it('accepts British dates', () => {
    expect(readAchievementDetails({ ...valid, issueDate: '04/01/2017' }, TODAY).details?.issueDate).toBe(
      '2017-01-04',
    );
  });

  it.each([
    [{ qualificationNumber: '5009349/6' }, 'qualificationNumber'],
    [{ qualificationNumber: '500/934/6' }, 'qualificationNumber'],
    [{ issueDate: '2017-02-30' }, 'issueDate'],
    [{ issueDate: '2099-01-01' }, 'issueDate'],
    [{ expiryDate: '2016-01-01' }, 'expiryDate'],
    [{ kind: 'degree' }, 'kind'],
    [{ fullName: '' }, 'fullName'],
    [{ kind: 'accreditation' }, 'units'],
    [
      {
        units: [
          { unitNumber: 'A', title: 'x' },
          { unitNumber: 'A', title: 'y' },
        ],
      },
      'units[1].unitNumber',
    ],
    [{ units: [{ unitNumber: 'A', title: 'x', credit: -1 }] }, 'units[0].credit'],
    [{ units: [{ unitNumber: 'A', title: 'x', colour: 'red' }] }, 'units[0]'],
    [{ units: 'A1' }, 'units'],
  ])('rejects %j (field %s)', (change, field) => {
    const reading = readAchievementDetails({ ...valid, ...change }, TODAY);
    expect(reading.details).toBeUndefined();
    expect(reading.problems.map((p) => p.field)).toContain(field);
  });

  it('allows an accreditation without a qualification number and with an expiry date', () => {
    const { qualificationNumber: _qn, units: _units, ...rest } = valid;
    const reading = readAchievementDetails(
      { ...rest, kind: 'accreditation', expiryDate: '2021-01-03' },
      TODAY,
    );
    expect(reading.problems).toEqual([]);
  });
});
