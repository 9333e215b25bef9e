import { DetailsChecker, FieldProblem } from '../../../../application/services/details-check';
import { ThirdPartyRegistrationInput } from './register-third-party.command';

export function checkThirdPartyRegistration(
  input: Omit<ThirdPartyRegistrationInput, 'password' | 'passwordHash'>,
): {
  value: { email: string; firstName: string; surname: string; company: string; telephone: string | null };
  problems: FieldProblem[];
} {
  const check = new DetailsChecker();
  const value = {
    email: check.email('email', input.email),
    firstName: check.name('firstName', input.firstName, 'first name'),
    surname: check.name('surname', input.surname, 'surname'),
    company: check.company('company', input.company),
    telephone: check.telephone('telephone', input.telephone, 'telephone number'),
  };
  return { value, problems: check.problems };
}
