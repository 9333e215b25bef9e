import { IsString } from 'class-validator';

/** The code typed on the public verification page. */
export class VerificationCodeForm {
  @IsString({ message: 'Enter the verification code printed on the document' })
  code: string;
}
