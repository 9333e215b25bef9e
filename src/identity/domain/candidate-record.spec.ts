import { checkCandidateRecord } from './candidate-record';

const now = new Date('2026-11-29T10:00:00Z');

describe('checkCandidateRecord', () => {
  it('cleans a good row and computes its name keys', () => {
    const result = checkCandidateRecord(
      {
        candidateNumber: ' 0001010 ',
        firstName: ' John ',
        surname: 'Eichen, n',
        dateOfBirth: '13/04/1977',
        email: 'John@Example.com',
      },
      now,
    );
    expect(result).toEqual({
      data: {
        candidateNumber: '0001010',
        firstName: 'John',
        surname: 'Eichen, n',
        firstNameKey: 'john',
        surnameKey: 'eichenn',
        dateOfBirth: '1977-04-13',
        email: 'john@example.com',
        telephone: null,
      },
    });
  });

  it('gives every reason a row is refused', () => {
    const result = checkCandidateRecord(
      {
        candidateNumber: 'NA',
        firstName: '',
        surname: 'x'.repeat(101),
        dateOfBirth: '2030-01-01',
        email: 'nope',
      },
      now,
    );
    expect('problems' in result && result.problems).toEqual([
      'candidateNumber: A candidate record needs a real candidate number',
      'firstName: Enter your first name',
      'surname: Surname must be 100 characters or fewer',
      'dateOfBirth: Date of birth must be in the past',
      'email: Enter an email address like name@example.com',
    ]);
  });
});
