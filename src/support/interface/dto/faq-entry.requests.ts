import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Expose, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FAQ_ANSWER_MAX_LENGTH, FAQ_QUESTION_MAX_LENGTH } from '../../domain/faq-entry';

/** An FAQ entry as staff write it (the API body and the page's form alike). */
export class FaqEntryRequest {
  @ApiProperty({ maxLength: FAQ_QUESTION_MAX_LENGTH })
  @IsString({ message: 'Enter the question.' })
  @IsNotEmpty({ message: 'Enter the question.' })
  @MaxLength(FAQ_QUESTION_MAX_LENGTH, {
    message: `The question must be ${FAQ_QUESTION_MAX_LENGTH} characters or fewer.`,
  })
  question: string;

  @ApiProperty({
    maxLength: FAQ_ANSWER_MAX_LENGTH,
    description: 'Plain text or limited Markdown (paragraphs, emphasis, lists, links); HTML is shown as text',
  })
  @IsString({ message: 'Enter the answer.' })
  @IsNotEmpty({ message: 'Enter the answer.' })
  @MaxLength(FAQ_ANSWER_MAX_LENGTH, {
    message: `The answer must be ${FAQ_ANSWER_MAX_LENGTH} characters or fewer.`,
  })
  answer: string;

  @ApiPropertyOptional({ minimum: 0, description: '0 is first; an entry already there swaps places' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'The position must be a whole number, 0 or more.' })
  @Min(0, { message: 'The position must be a whole number, 0 or more.' })
  @Max(100_000)
  position?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  published?: boolean;
}

export class SupportContactRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'Enter an email address, like support@example.com.' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  telephone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  openingHours?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  postalAddress?: string;

  @ApiPropertyOptional({ description: 'Limited Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

/**
 * The staff page's FAQ form. A browser sends an unticked checkbox as nothing at all, so on the page an
 * absent `published` means a draft (on the API it means "leave as it is" or "published" for a new entry).
 */
export class FaqEntryForm extends FaqEntryRequest {
  @Expose()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  override published: boolean = false;
}
