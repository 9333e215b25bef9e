import { decideMatch, matchLookupFor } from './candidate-match';
import { CandidateRecord } from './candidate-record';

const record = (id: string): CandidateRecord => ({
  id,
  candidateNumber: id,
  firstName: 'Ada',
  surname: 'Lovelace',
  dateOfBirth: '1990-12-10',
});

describe('matching', () => {
  it('looks up by candidate number, surname and date of birth when the number is known', () => {
    expect(
      matchLookupFor({
        candidateNumber: '0001010',
        firstName: 'John',
        surname: 'Eichen, n',
        dateOfBirth: '1977-04-13',
      }),
    ).toEqual({
      by: 'candidate-number',
      candidateNumber: '0001010',
      surnameKey: 'eichenn',
      dateOfBirth: '1977-04-13',
    });
  });

  it('looks up by both names and date of birth with NA', () => {
    expect(
      matchLookupFor({
        candidateNumber: 'NA',
        firstName: 'Zoë',
        surname: "O'Brien",
        dateOfBirth: '1990-04-27',
      }),
    ).toEqual({
      by: 'names',
      firstNameKey: 'zoe',
      surnameKey: 'obrien',
      dateOfBirth: '1990-04-27',
    });
  });

  it('matches exactly one unlinked record, and nothing else', () => {
    expect(decideMatch([record('1')], () => false)).toEqual({ matched: true, record: record('1') });
    expect(decideMatch([], () => false)).toEqual({ matched: false, reason: 'no-record' });
    expect(decideMatch([record('1'), record('2')], () => false)).toEqual({
      matched: false,
      reason: 'ambiguous',
    });
    expect(decideMatch([record('1')], () => true)).toEqual({ matched: false, reason: 'already-linked' });
  });
});
