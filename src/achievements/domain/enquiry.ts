import { AggregateRoot, newId } from '../../shared/domain';
import { EnquiryRaised, EnquiryReplied, EnquiryResolved, EnquiryFollowedUp } from './enquiry.events';
import { EnquiryResolvedError, InvalidEnquiryMessageError } from './achievement.errors';

export const ENQUIRY_MESSAGE_MAX = 2000;

/**
 * open: waiting for staff; answered: staff replied, the candidate may follow up; resolved: closed.
 */
export const ENQUIRY_STATUSES = ['open', 'answered', 'resolved'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

/** What the candidate thinks is wrong; "other" when it is none of the listed details. */
export const ENQUIRY_TOPICS = [
  'fullName',
  'title',
  'qualificationNumber',
  'grade',
  'issueDate',
  'centre',
  'units',
  'other',
] as const;
export type EnquiryTopic = (typeof ENQUIRY_TOPICS)[number];

export const ENQUIRY_TOPIC_LABELS: Record<EnquiryTopic, string> = {
  fullName: 'My name',
  title: 'The qualification title',
  qualificationNumber: 'The qualification number',
  grade: 'The grade',
  issueDate: 'The issue date',
  centre: 'The centre',
  units: 'The units on the transcript',
  other: 'Something else',
};

export interface EnquiryMessage {
  id: string;
  author: 'candidate' | 'staff';
  authorAccountId: string;
  body: string;
  sentAt: string;
}

/**
 * A candidate's report that an achievement's details look wrong, and the conversation with staff
 * about it. Messages are kept whole (never edited) because they are the record of what was said.
 */
export class Enquiry extends AggregateRoot {
  id: string;
  achievementId: string;
  certificateNumber: string;
  /** The title when raised, for lists; the achievement itself may be corrected later. */
  achievementTitle: string;
  candidateAccountId: string;
  candidateNumber: string;
  topic: EnquiryTopic;
  status: EnquiryStatus;
  messages: EnquiryMessage[];
  createdAt: Date;
  updatedAt: Date;
  resolvedAt?: Date;

  static raise(input: {
    achievementId: string;
    certificateNumber: string;
    achievementTitle: string;
    candidateAccountId: string;
    candidateNumber: string;
    topic?: EnquiryTopic;
    message: string;
    now: Date;
  }): Enquiry {
    const enquiry = new Enquiry();
    enquiry.id = newId();
    enquiry.achievementId = input.achievementId;
    enquiry.certificateNumber = input.certificateNumber;
    enquiry.achievementTitle = input.achievementTitle;
    enquiry.candidateAccountId = input.candidateAccountId;
    enquiry.candidateNumber = input.candidateNumber;
    enquiry.topic = input.topic ?? 'other';
    enquiry.status = 'open';
    enquiry.messages = [message('candidate', input.candidateAccountId, input.message, input.now)];
    enquiry.createdAt = input.now;
    enquiry.updatedAt = input.now;
    enquiry.record(new EnquiryRaised(enquiry.id, enquiry.candidateAccountId, enquiry.certificateNumber));
    return enquiry;
  }

  reply(staffAccountId: string, body: string, resolve: boolean, now: Date): void {
    if (this.status === 'resolved') throw new EnquiryResolvedError();
    this.messages = [...this.messages, message('staff', staffAccountId, body, now)];
    this.updatedAt = now;
    if (resolve) {
      this.status = 'resolved';
      this.resolvedAt = now;
      this.record(new EnquiryResolved(this.id, this.candidateAccountId, staffAccountId));
    } else {
      this.status = 'answered';
      this.record(new EnquiryReplied(this.id, this.candidateAccountId, staffAccountId));
    }
  }

  followUp(candidateAccountId: string, body: string, now: Date): void {
    if (this.status === 'resolved') throw new EnquiryResolvedError();
    this.messages = [...this.messages, message('candidate', candidateAccountId, body, now)];
    this.status = 'open';
    this.updatedAt = now;
    this.record(new EnquiryFollowedUp(this.id, this.candidateAccountId));
  }

  isRaisedBy(accountId: string): boolean {
    return this.candidateAccountId === accountId;
  }
}

function message(
  author: EnquiryMessage['author'],
  accountId: string,
  body: string,
  now: Date,
): EnquiryMessage {
  return {
    id: newId(),
    author,
    authorAccountId: accountId,
    body: checkedBody(body),
    sentAt: now.toISOString(),
  };
}

function checkedBody(body: string): string {
  const text = (body ?? '').replace(/\r\n/g, '\n').trim();
  if (!text) throw new InvalidEnquiryMessageError('Enter your message');
  if (text.length > ENQUIRY_MESSAGE_MAX) {
    throw new InvalidEnquiryMessageError(
      `Your message must be ${ENQUIRY_MESSAGE_MAX.toLocaleString('en-GB')} characters or fewer`,
    );
  }
  return text;
}
