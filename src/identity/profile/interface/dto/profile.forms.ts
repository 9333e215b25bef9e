// The forms of the profile page and the address book, validated with `validateForm`. The commands
// check the details (lengths, dates, links, postcodes) and word each problem; these forms make sure each
// field is text and check what only the page knows (a new password typed twice).
import { IsOptional, IsString, ValidateIf } from 'class-validator';
import { SameAs } from '../../../interface/dto/form-rules';

export class SocialLinksForm {
  @IsOptional()
  @IsString()
  facebook?: string;

  @IsOptional()
  @IsString()
  x?: string;

  @IsOptional()
  @IsString()
  linkedin?: string;

  @IsOptional()
  @IsString()
  instagram?: string;

  @IsOptional()
  @IsString()
  website?: string;
}

export class CredentialsForm {
  @IsOptional()
  @IsString()
  email?: string;

  @IsOptional()
  @IsString()
  currentPassword?: string;

  @IsOptional()
  @IsString()
  newPassword?: string;

  @ValidateIf((form: CredentialsForm) => form.newPassword !== undefined)
  @SameAs('newPassword', { message: 'The two new passwords are not the same' })
  confirmPassword?: string;
}

export class AddressForm {
  @IsOptional()
  @IsString()
  label?: string;

  @IsOptional()
  @IsString()
  line1?: string;

  @IsOptional()
  @IsString()
  line2?: string;

  @IsOptional()
  @IsString()
  town?: string;

  @IsOptional()
  @IsString()
  county?: string;

  @IsOptional()
  @IsString()
  postcode?: string;

  @IsOptional()
  @IsString()
  country?: string;

  /** The checkbox sends "true" when ticked and nothing otherwise. */
  @IsOptional()
  @IsString()
  isDefault?: string;
}
