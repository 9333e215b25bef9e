import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PermissionInput, ThirdPartyInput } from '../../application/connection-input';
import { DomainError } from '../../../shared/domain';
import { FieldProblem } from '../../../shared/web/validation/validation-messages';
import { SHARED_DOCUMENTS } from '../../domain/connection-permission';
import { InvalidExpiryError } from '../../domain/connection.errors';
import { parseExpiry } from '../../domain/expiry';

export type { FieldProblem };

// The parts the HTML forms of the connection pages are made of, each validated with validateForm (a form
// of several parts validates each, so that every problem shows at once). Checkbox values are
// "CERTIFICATE:document"; a date comes as the three inputs of the date-field partial ("expiresAt-day", ...).

/** One checkbox arrives as a string, several as an array; anything but text is not a box we drew. */
function Ticked(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) =>
      (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'),
    )(target, key);
    IsString({ each: true })(target, key);
  };
}

/** A part of a date field: text; whether the three make a date is read by `dateOf`. */
function DatePart(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsString({ message: 'Enter a real date, for example 31 1 2027' })(target, key);
  };
}

/** The ticked documents of the permissions table. */
export class DocumentsForm {
  @Ticked()
  documents: string[] = [];
}

/** The expiry inputs; blank means the default (one month) where the expiry may be left out. */
export class ExpiryForm {
  @DatePart() 'expiresAt-day'?: string;
  @DatePart() 'expiresAt-month'?: string;
  @DatePart() 'expiresAt-year'?: string;
}

/** The date of birth inputs of a connection request. */
export class DateOfBirthForm {
  @DatePart() 'dateOfBirth-day'?: string;
  @DatePart() 'dateOfBirth-month'?: string;
  @DatePart() 'dateOfBirth-year'?: string;
}

/** Add Connection's third party (with the documents and the expiry). */
export class ThirdPartyDetailsForm {
  @IsString({ message: 'Enter the first name' })
  @IsNotEmpty({ message: 'Enter the first name' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer' })
  firstName: string;

  @IsString({ message: 'Enter the surname' })
  @IsNotEmpty({ message: 'Enter the surname' })
  @MaxLength(100, { message: 'Surname must be 100 characters or fewer' })
  surname: string;

  @IsString({ message: 'Enter the email address' })
  @IsEmail({}, { message: 'Enter an email address like name@example.com' })
  @MaxLength(254)
  email: string;

  @IsString({ message: 'Enter the company' })
  @IsNotEmpty({ message: 'Enter the company' })
  @MaxLength(200, { message: 'Company must be 200 characters or fewer' })
  company: string;

  get thirdParty(): ThirdPartyInput {
    return { firstName: this.firstName, surname: this.surname, email: this.email, company: this.company };
  }
}

/** A third party's request (with the date of birth). */
export class ConnectionRequestForm {
  @IsString({ message: 'Enter the candidate number' })
  @IsNotEmpty({ message: 'Enter the candidate number' })
  @MaxLength(20, { message: 'A candidate number has up to 20 characters' })
  candidateNumber: string;

  @IsString({ message: "Enter the candidate's surname" })
  @IsNotEmpty({ message: "Enter the candidate's surname" })
  @MaxLength(100)
  surname: string;

  /** A longer message is cut, not refused: the candidate reads the start of it. */
  @IsOptional()
  @IsString({ message: 'Write the message as text' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.slice(0, 1000) : value))
  message?: string;
}

/** The query of the list and connection pages: page, page size and the notice to show. */
export class ConnectionPageQuery {
  @IsOptional() @IsString() page?: string;
  @IsOptional() @IsString() pageSize?: string;
  @IsOptional() @IsString() added?: string;
  @IsOptional() @IsString() deleted?: string;
  @IsOptional() @IsString() declined?: string;
  @IsOptional() @IsString() requested?: string;
  @IsOptional() @IsString() updated?: string;
}

/** The ticked "CERTIFICATE:document" values as the commands take them; unknown documents are dropped. */
export function permissionsFrom(ticked: string[]): PermissionInput[] {
  const byCertificate = new Map<string, string[]>();
  for (const value of ticked) {
    const at = value.lastIndexOf(':');
    const certificateNumber = value.slice(0, at);
    const document = value.slice(at + 1);
    if (at <= 0 || !(SHARED_DOCUMENTS as readonly string[]).includes(document)) continue;
    byCertificate.set(certificateNumber, [...(byCertificate.get(certificateNumber) ?? []), document]);
  }
  return [...byCertificate.entries()].map(([certificateNumber, documents]) => ({
    certificateNumber,
    documents,
  }));
}

type DateParts<N extends string> = { [K in `${N}-${'day' | 'month' | 'year'}`]?: string };

/** A date field's three inputs as an ISO date, '' when all blank, undefined when not a date. */
export function dateOf<N extends string>(form: DateParts<N>, name: N): string | undefined {
  const part = (suffix: 'day' | 'month' | 'year') =>
    (form[`${name}-${suffix}` as keyof DateParts<N>] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The expiry typed in the form: null for blank (the default applies), or the problem to show. */
export function expiryFrom(
  form: ExpiryForm,
  required: boolean,
): { value: Date | null } | { problem: FieldProblem } {
  const date = dateOf(form, 'expiresAt');
  if (date === '')
    return required
      ? { problem: { field: 'expiresAt', message: 'Enter the new expiry date' } }
      : { value: null };
  const notADate = { problem: { field: 'expiresAt', message: 'Enter a real date, for example 31 1 2027' } };
  if (date === undefined) return notADate;
  try {
    return { value: parseExpiry(date) };
  } catch (error) {
    // 31 February and the like: parseExpiry refuses them; any other failure is not the person's.
    if (error instanceof InvalidExpiryError) return notADate;
    throw error;
  }
}

/** A refusal by the rules, shown on the form rather than as an error page. */
export function formProblems(error: unknown, fallbackField: string): FieldProblem[] | null {
  if (
    !(error instanceof DomainError) ||
    (error.kind !== 'rule' && error.kind !== 'invalid' && error.kind !== 'conflict')
  )
    return null;
  if (error.details.length > 0)
    return error.details.map((d) => ({ field: d.field ?? fallbackField, message: d.message }));
  return [{ field: fallbackField, message: error.message }];
}
