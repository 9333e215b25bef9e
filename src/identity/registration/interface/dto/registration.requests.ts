import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Shapes only: the rules that matter (password policy, real dates, name keys) are the domain's, applied
// by the command handlers, which answer 400 IDENTITY.* with a detail per field.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Date of birth must be a date like 1990-04-27.';

/** What every registration sends: the sign-in details, the person's name and a telephone number. */
class RegistrationRequest {
  @ApiProperty({ example: 'sam.smith@example.com' })
  @IsEmail({}, { message: 'Email must be an email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: 15,
    maxLength: 256,
    description: 'At least 15 characters; no other rules, but not a common password',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'First name is required.' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer.' })
  firstName: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'Surname is required.' })
  @MaxLength(100, { message: 'Surname must be 100 characters or fewer.' })
  surname: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  telephone?: string;
}

export class RegisterCandidateRequest extends RegistrationRequest {
  @ApiProperty({ example: '0001010', description: 'The candidate number, or "NA" when unknown' })
  @IsString()
  @IsNotEmpty({ message: 'Candidate number is required (NA if you do not know it).' })
  @MaxLength(20)
  candidateNumber: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  mobile?: string;

  @ApiProperty({ example: '1990-04-27', format: 'date' })
  @IsString()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  dateOfBirth: string;
}

export class RegisterThirdPartyRequest extends RegistrationRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty({ message: 'Company is required.' })
  @MaxLength(200)
  company: string;
}

export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) accountId: string;
  @ApiProperty({ enum: ['active', 'pending_authorisation', 'pending_email_verification'] }) status: string;
}
