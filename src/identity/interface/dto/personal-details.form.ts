import { IsOptional, IsString } from 'class-validator';

/**
 * A person's details as the pages take them (the date of birth in three boxes): the profile page and the
 * registration's profile step take them all, the employer's registration and a staff invitation some
 * (`PickType`). Each field must be text; the commands check the rest and word each problem.
 */
export class PersonalDetailsForm {
  @IsOptional()
  @IsString()
  firstName?: string;

  @IsOptional()
  @IsString()
  surname?: string;

  @IsOptional()
  @IsString()
  telephone?: string;

  @IsOptional()
  @IsString()
  mobile?: string;

  @IsOptional()
  @IsString()
  'dateOfBirth-day'?: string;

  @IsOptional()
  @IsString()
  'dateOfBirth-month'?: string;

  @IsOptional()
  @IsString()
  'dateOfBirth-year'?: string;
}

/** Its fields in the pages' order: what a person typed is shown again when a form comes back. */
export const PERSONAL_DETAILS_FIELDS = [
  'firstName',
  'surname',
  'telephone',
  'mobile',
  'dateOfBirth-day',
  'dateOfBirth-month',
  'dateOfBirth-year',
] as const satisfies ReadonlyArray<keyof PersonalDetailsForm>;
