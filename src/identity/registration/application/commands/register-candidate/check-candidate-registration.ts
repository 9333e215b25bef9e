import { DetailsChecker, FieldProblem } from '../../../../application/services/details-check';
import { CandidateRegistrationInput } from './register-candidate.command';

export interface CheckedCandidateRegistration {
  email: string;
  candidateNumber: string;
  firstName: string;
  surname: string;
  telephone: string | null;
  mobile: string | null;
  dateOfBirth: string;
}

/** The registration's details cleaned, or every field's problem (passwords are checked by PasswordPolicy). */
export function checkCandidateRegistration(
  input: Omit<CandidateRegistrationInput, 'password' | 'passwordHash'>,
  now: Date,
): { value: CheckedCandidateRegistration; problems: FieldProblem[] } {
  const check = new DetailsChecker();
  const value: CheckedCandidateRegistration = {
    email: check.email('email', input.email),
    candidateNumber: check.candidateNumber('candidateNumber', input.candidateNumber),
    firstName: check.name('firstName', input.firstName, 'first name'),
    surname: check.name('surname', input.surname, 'surname'),
    telephone: check.telephone('telephone', input.telephone, 'telephone number'),
    mobile: check.telephone('mobile', input.mobile, 'mobile number'),
    dateOfBirth: check.dateOfBirth('dateOfBirth', input.dateOfBirth, now),
  };
  return { value, problems: check.problems };
}
