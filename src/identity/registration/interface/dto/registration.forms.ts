// The forms of the email-confirmation pages and the staff's authorisation queue, validated with
// `validateForm`.
import { IntersectionType, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../../interface/dto/form-rules';
import { PersonalDetailsForm } from '../../../interface/dto/personal-details.form';

export class ConfirmEmailForm {
  // A missing token is an unusable link, told on its own page by the command.
  @IsOptional()
  @IsString()
  token?: string;
}

export class ResendVerificationForm {
  @IsEmailAddress()
  email: string;
}

export class ApproveRegistrationForm {
  @IsString({ message: 'Choose or enter the candidate number to link' })
  @MaxLength(50, { message: 'A candidate number is at most 50 characters' })
  candidateNumber: string;
}

/** The command checks the reason (given, not too long) and words its own refusal. */
export class RejectRegistrationForm {
  @IsOptional()
  @IsString()
  reason?: string;
}

// The registration steps check the details with the domain's own checks (checkCandidateRegistration,
// RegistrationCredentials), which word each problem; these forms make sure each field is text.

export class CandidateLoginStepForm {
  @IsOptional()
  @IsString()
  email?: string;

  @IsOptional()
  @IsString()
  password?: string;

  @IsOptional()
  @IsString()
  confirmPassword?: string;
}

export class StepActionForm {
  /** "previous" when the person pressed the Previous button. */
  @IsOptional()
  @IsString()
  action?: string;
}

export class CandidateProfileStepForm extends IntersectionType(StepActionForm, PersonalDetailsForm) {
  @IsOptional()
  @IsString()
  candidateNumber?: string;
}

export class ThirdPartyRegistrationForm extends IntersectionType(
  CandidateLoginStepForm,
  PickType(PersonalDetailsForm, ['firstName', 'surname', 'telephone'] as const),
) {
  @IsOptional()
  @IsString()
  company?: string;
}
