import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** The staff form that corrects an achievement's details (the same command as PATCH on the API). */
export class CorrectAchievementForm {
  @IsString({ message: 'Enter the qualification title' })
  @MinLength(1, { message: 'Enter the qualification title' })
  @MaxLength(300, { message: 'The title must be 300 characters or fewer' })
  title: string;

  @IsString({ message: 'Enter the holder’s full name' })
  @MinLength(1, { message: 'Enter the holder’s full name' })
  @MaxLength(200, { message: 'The full name must be 200 characters or fewer' })
  fullName: string;

  @IsString({ message: 'Enter the issue date, for example 14 3 2018' })
  issueDate: string;

  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'The qualification number must be 40 characters or fewer' })
  qualificationNumber?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'The grade must be 60 characters or fewer' })
  grade?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'The centre must be 200 characters or fewer' })
  centre?: string;

  @IsOptional()
  @IsString()
  expiryDate?: string;

  @IsString({ message: 'Say why the details are corrected' })
  @MinLength(1, { message: 'Say why the details are corrected' })
  @MaxLength(500, { message: 'The reason must be 500 characters or fewer' })
  correctionReason: string;
}

/** The staff form that revokes an achievement: the reason, then a second step to confirm. */
export class RevokeAchievementForm {
  @IsString({ message: 'Say why the achievement is revoked' })
  @MinLength(1, { message: 'Say why the achievement is revoked' })
  @MaxLength(500, { message: 'The reason must be 500 characters or fewer' })
  reason: string;

  @IsOptional()
  @IsIn(['yes'])
  confirmed?: 'yes';
}
