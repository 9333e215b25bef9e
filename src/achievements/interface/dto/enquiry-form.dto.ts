import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ENQUIRY_MESSAGE_MAX, ENQUIRY_TOPICS } from '../../domain/enquiry';

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
