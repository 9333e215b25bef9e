import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DomainError } from '../../../shared/domain';
import { PermissionInput } from '../../application/connection-input';
import { SHARED_DOCUMENTS } from '../../domain/connection-permission';
import { parseExpiry } from '../../domain/expiry';

// The HTML forms of the connection pages. Checkbox values are "CERTIFICATE:document"; the expiry comes
// as the three inputs of the date-field partial.

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
}

export class ConnectionRequestForm {
  @IsString({ message: 'Enter the candidate number' })
  @IsNotEmpty({ message: 'Enter the candidate number' })
  @MaxLength(20, { message: 'A candidate number has up to 20 characters' })
  candidateNumber: string;

  @IsString({ message: "Enter the candidate's surname" })
  @IsNotEmpty({ message: "Enter the candidate's surname" })
  @MaxLength(100)
  surname: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The ticked documents of the permissions table. */
export function permissionsFrom(body: Record<string, unknown>): PermissionInput[] {
  const raw = body.documents;
  const ticked = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v): v is string => typeof v === 'string',
  );
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

/** The date-field partial's three inputs as an ISO date, '' when all blank, undefined when not a date. */
export function dateFrom(body: Record<string, unknown>, name: string): string | undefined {
  const part = (suffix: string) => String(body[`${name}-${suffix}`] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The expiry typed in the form: null for blank (the default applies), or the problem to show. */
export function expiryFrom(
  body: Record<string, unknown>,
  required: boolean,
): { value: Date | null } | { problem: FieldProblem } {
  const date = dateFrom(body, 'expiresAt');
  if (date === '')
    return required
      ? { problem: { field: 'expiresAt', message: 'Enter the new expiry date' } }
      : { value: null };
  try {
    if (date === undefined) throw new Error('not a date');
    return { value: parseExpiry(date) };
  } catch {
    return { problem: { field: 'expiresAt', message: 'Enter a real date, for example 31 1 2027' } };
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
