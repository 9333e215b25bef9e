import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ENQUIRY_MESSAGE_MAX, ENQUIRY_STATUSES, ENQUIRY_TOPICS } from '../../domain/enquiry';

export const ENQUIRY_QUEUE_FILTERS = [...ENQUIRY_STATUSES, 'all'] as const;

/** The staff queue's filter and page, from its links. */
export class EnquiryQueueForm {
  @IsOptional()
  @IsIn(ENQUIRY_QUEUE_FILTERS, { message: 'Choose a status from the list' })
  status: (typeof ENQUIRY_QUEUE_FILTERS)[number] = 'open';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'The page must be a whole number' })
  @Min(1, { message: 'The page must be 1 or more' })
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'The page size must be a whole number' })
  @Min(1, { message: 'The page size must be between 1 and 100' })
  @Max(100, { message: 'The page size must be between 1 and 100' })
  pageSize: number = 10;
}

/** The Raise an Enquiry form's topic, when a link chose it beforehand. */
export class EnquiryTopicQuery {
  @IsOptional()
  @IsIn(ENQUIRY_TOPICS)
  topic?: (typeof ENQUIRY_TOPICS)[number];
}

/** The Raise an Enquiry form of the pages. */
export class EnquiryForm {
  @IsOptional()
  @IsIn(ENQUIRY_TOPICS, { message: 'Choose what looks wrong' })
  topic?: (typeof ENQUIRY_TOPICS)[number];

  @IsString({ message: 'Tell us what is wrong' })
  @MinLength(1, { message: 'Tell us what is wrong' })
  @MaxLength(ENQUIRY_MESSAGE_MAX, { message: 'Your message must be 2,000 characters or fewer' })
  message: string;
}

/** A follow-up (candidate) on the enquiry page. */
export class EnquiryMessageForm {
  @IsString({ message: 'Enter your message' })
  @MinLength(1, { message: 'Enter your message' })
  @MaxLength(ENQUIRY_MESSAGE_MAX, { message: 'Your message must be 2,000 characters or fewer' })
  message: string;
}

/** A staff reply on the enquiry page. */
export class EnquiryReplyForm {
  @IsString({ message: 'Enter your reply' })
  @MinLength(1, { message: 'Enter your reply' })
  @MaxLength(ENQUIRY_MESSAGE_MAX, { message: 'Your reply must be 2,000 characters or fewer' })
  message: string;

  @IsOptional()
  @IsIn(['true'])
  resolve?: 'true';
}
