import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, WrittenDate } from './written-date';

/** Optional details: an empty box clears the detail. */
const OPTIONAL = ['qualificationNumber', 'grade', 'centre', 'expiryDate'] as const;

/** The staff form that corrects an achievement's details (the same command as PATCH on the API). */
export class CorrectAchievementForm {
  @IsString({ message: 'Enter the qualification title' })
  @MinLength(1, { message: 'Enter the qualification title' })
  @MaxLength(300, { message: 'The title must be 300 characters or fewer' })
  title: string;

  @IsString({ message: "Enter the holder's full name" })
  @MinLength(1, { message: "Enter the holder's full name" })
  @MaxLength(200, { message: 'The full name must be 200 characters or fewer' })
  fullName: string;

  /** Read as people write dates; an ISO date once the form is valid. */
  @WrittenDate()
  @IsString({ message: 'Enter the issue date, for example 14 3 2018' })
  @IsCalendarDate({ message: 'Enter the issue date as a real date, for example 14 3 2018' })
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
  @WrittenDate()
  @IsCalendarDate({ message: 'Enter the expiry date as a real date, for example 14 3 2021' })
  expiryDate?: string;

  @IsString({ message: 'Say why the details are corrected' })
  @MinLength(1, { message: 'Say why the details are corrected' })
  @MaxLength(500, { message: 'The reason must be 500 characters or fewer' })
  correctionReason: string;

  /** The changes for the CorrectAchievement command: every detail of the form, emptied ones cleared. */
  changes(): Record<string, unknown> {
    const changes: Record<string, unknown> = {
      title: this.title,
      fullName: this.fullName,
      issueDate: this.issueDate,
    };
    for (const field of OPTIONAL) changes[field] = this[field] ?? null;
    return changes;
  }
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

/** What the achievement page was sent back with after a change: which notice to show. */
export class AchievementPageQuery {
  @IsOptional()
  @IsIn(['corrected', 'revoked'])
  done?: 'corrected' | 'revoked';
}

/** Document Downloads' search box. Any text may be looked for: what is no certificate number is not found. */
export class DocumentSearchForm {
  @IsOptional()
  @IsString({ message: 'Enter one certificate number' })
  certificateNumber?: string;
}
