import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalPageRequest } from '../../../shared/web/validation/page.request';
import { ACHIEVEMENT_KINDS } from '../../domain/achievement-kind';
import { ENQUIRY_MESSAGE_MAX, ENQUIRY_STATUSES, ENQUIRY_TOPICS } from '../../domain/enquiry';

// Shapes of request bodies. The DTOs check types and sizes; the rules about achievements themselves
// (formats, dates, units) are the domain's, so an import and a correction cannot disagree.

export class RaiseEnquiryDto {
  /** What looks wrong, in the candidate's words. */
  @IsString()
  @MaxLength(ENQUIRY_MESSAGE_MAX)
  message: string;

  @ApiPropertyOptional({ enum: ENQUIRY_TOPICS })
  @IsOptional()
  @IsIn(ENQUIRY_TOPICS)
  topic?: (typeof ENQUIRY_TOPICS)[number];
}

export class EnquiryMessageDto {
  @IsString()
  @MaxLength(ENQUIRY_MESSAGE_MAX)
  message: string;
}

export class ReplyToEnquiryDto {
  @IsString()
  @MaxLength(ENQUIRY_MESSAGE_MAX)
  message: string;

  @IsOptional()
  @IsBoolean()
  resolve?: boolean;
}

export class RevokeAchievementDto {
  @IsString()
  @MaxLength(500)
  reason: string;
}

/** Any subset of the details; `null` clears an optional one. The certificate number never changes. */
export class CorrectAchievementDto {
  @ApiPropertyOptional({ enum: ACHIEVEMENT_KINDS })
  @IsOptional()
  @IsIn(ACHIEVEMENT_KINDS)
  kind?: string;

  @IsOptional() @IsString() title?: string;
  @IsOptional() @IsString() qualificationNumber?: string | null;
  @IsOptional() @IsString() candidateNumber?: string;
  @IsOptional() @IsString() fullName?: string;
  @IsOptional() @IsString() grade?: string | null;
  @ApiPropertyOptional({ example: '2017-11-20' })
  @IsOptional()
  @IsString()
  issueDate?: string;
  @IsOptional() @IsString() centre?: string | null;
  @ApiPropertyOptional({ example: '2020-11-20' })
  @IsOptional()
  @IsString()
  expiryDate?: string | null;
  @IsOptional() @IsString() description?: string | null;

  @ApiPropertyOptional({ description: 'Replaces all units: [{unitNumber, title, level?, credit?, grade?}]' })
  @IsOptional()
  @IsArray()
  units?: unknown[] | null;

  @ApiPropertyOptional({ description: 'Why the details are corrected, for the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** A page of a candidate's list (the shared bounds, no defaults). */
export class PageQueryDto extends OptionalPageRequest {}

export class EnquiryQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: [...ENQUIRY_STATUSES, 'all'] })
  @IsOptional()
  @IsIn([...ENQUIRY_STATUSES, 'all'])
  status?: string;
}
