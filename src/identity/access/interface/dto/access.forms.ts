// The forms of the login, password-reset and staff-account pages, validated with `validateForm`.
import { PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress, SameAs } from '../../../interface/dto/form-rules';
import { PersonalDetailsForm } from '../../../interface/dto/personal-details.form';

export class LoginForm {
  @IsString({ message: 'Enter your email address' })
  email: string;

  // As the API's token request: a password is never longer, and hashing a huge one is work for nothing.
  @IsString({ message: 'Enter your password' })
  @MaxLength(1024, { message: 'The password must be 1024 characters or fewer' })
  password: string;

  @IsOptional()
  @IsString()
  rememberMe?: string;

  @IsOptional()
  @IsString()
  returnTo?: string;
}

export class SecondFactorForm {
  // People type the code as they read it ("123 456").
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(/^\d{6}$/, { message: 'Enter the 6-digit code from your authenticator app' })
  code: string;
}

export class ForgottenPasswordForm {
  @IsEmailAddress()
  email: string;
}

export class ResetPasswordForm {
  // A missing or mangled token is the link's problem, told on its own page by the command.
  @IsOptional()
  @IsString()
  token?: string;

  @IsOptional()
  @IsIn(['1'])
  welcome?: '1';

  @IsString({ message: 'Enter a new password' })
  password: string;

  @SameAs('password', { message: 'The passwords do not match' })
  confirmPassword?: string;
}

/** Inviting a colleague: the command checks the details and words its own refusals. */
export class InviteStaffForm extends PickType(PersonalDetailsForm, ['firstName', 'surname'] as const) {
  @IsOptional()
  @IsString()
  email?: string;
}
