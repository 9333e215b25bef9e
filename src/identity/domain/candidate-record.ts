import { candidateNumberProblem, cleanCandidateNumber } from './candidate-number';
import { dateOfBirthProblem, parseCalendarDate } from './calendar-date';
import { cleanEmail, emailProblem } from './email-address';
import { cleanName, nameKey, nameProblem } from './name-key';

/**
 * The awarding body's master data about one candidate, imported from its own system. Registrations are
 * matched against these records; a record links to at most one account (a unique constraint on
 * identity_accounts.candidate_record_id enforces it).
 */
export interface CandidateRecord {
  id: string;
  candidateNumber: string;
  firstName: string;
  surname: string;
  dateOfBirth: string;
  email?: string | null;
  telephone?: string | null;
}

/** One record's fields as the import brings them, before they are checked. */
export interface CandidateRecordInput {
  candidateNumber?: unknown;
  firstName?: unknown;
  surname?: unknown;
  dateOfBirth?: unknown;
  email?: unknown;
  telephone?: unknown;
}

/** A checked record ready to store, with the name keys that matching looks up. */
export interface CandidateRecordData {
  candidateNumber: string;
  firstName: string;
  surname: string;
  firstNameKey: string;
  surnameKey: string;
  dateOfBirth: string;
  email: string | null;
  telephone: string | null;
}

const MAX_TELEPHONE_LENGTH = 30;

/** Checks one imported row: the data to store, or every reason it is refused. */
export function checkCandidateRecord(
  input: CandidateRecordInput,
  now: Date,
): { data: CandidateRecordData } | { problems: string[] } {
  const problems: string[] = [];
  const text = (value: unknown): string =>
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const candidateNumber = text(input.candidateNumber);
  const firstName = text(input.firstName);
  const surname = text(input.surname);
  const dateOfBirth = text(input.dateOfBirth);
  const email = text(input.email).trim();
  const telephone = text(input.telephone).trim();

  const numberProblem = candidateNumberProblem(candidateNumber, { allowUnknown: false });
  if (numberProblem) problems.push(`candidateNumber: ${numberProblem}`);
  const firstNameProblem = nameProblem(firstName, 'first name');
  if (firstNameProblem) problems.push(`firstName: ${firstNameProblem}`);
  const surnameProblem = nameProblem(surname, 'surname');
  if (surnameProblem) problems.push(`surname: ${surnameProblem}`);
  const dobProblem = dateOfBirthProblem(dateOfBirth, now);
  if (dobProblem) problems.push(`dateOfBirth: ${dobProblem}`);
  if (email && emailProblem(email)) problems.push(`email: ${emailProblem(email)}`);
  if (telephone.length > MAX_TELEPHONE_LENGTH)
    problems.push(`telephone: must be ${MAX_TELEPHONE_LENGTH} characters or fewer`);
  if (problems.length > 0) return { problems };

  return {
    data: {
      candidateNumber: cleanCandidateNumber(candidateNumber),
      firstName: cleanName(firstName),
      surname: cleanName(surname),
      firstNameKey: nameKey(firstName),
      surnameKey: nameKey(surname),
      dateOfBirth: parseCalendarDate(dateOfBirth)!,
      email: email ? cleanEmail(email) : null,
      telephone: telephone || null,
    },
  };
}
