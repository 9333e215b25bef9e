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
  // The state is the aggregate's own: it changes only through the methods below. The persistence
  // mapping reads and writes these fields by name (infrastructure/persistence/enquiry.schema.ts).
  private _id!: string;
  private _achievementId!: string;
  private _certificateNumber!: string;
  private _achievementTitle!: string;
  private _candidateAccountId!: string;
  private _candidateNumber!: string;
  private _topic!: EnquiryTopic;
  private _status!: EnquiryStatus;
  private _messages!: EnquiryMessage[];
  private _createdAt!: Date;
  private _updatedAt!: Date;
  private _resolvedAt?: Date;

  get id(): string {
    return this._id;
  }
  get achievementId(): string {
    return this._achievementId;
  }
  get certificateNumber(): string {
    return this._certificateNumber;
  }
  /** The title when raised, for lists; the achievement itself may be corrected later. */
  get achievementTitle(): string {
    return this._achievementTitle;
  }
  get candidateAccountId(): string {
    return this._candidateAccountId;
  }
  get candidateNumber(): string {
    return this._candidateNumber;
  }
  get topic(): EnquiryTopic {
    return this._topic;
  }
  get status(): EnquiryStatus {
    return this._status;
  }
  /** The thread, oldest first; read-only, as what was said is never edited. */
  get messages(): ReadonlyArray<Readonly<EnquiryMessage>> {
    return this._messages;
  }
  get createdAt(): Date {
    return this._createdAt;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }
  get resolvedAt(): Date | undefined {
    return this._resolvedAt;
  }

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
    enquiry._id = newId();
    enquiry._achievementId = input.achievementId;
    enquiry._certificateNumber = input.certificateNumber;
    enquiry._achievementTitle = input.achievementTitle;
    enquiry._candidateAccountId = input.candidateAccountId;
    enquiry._candidateNumber = input.candidateNumber;
    enquiry._topic = input.topic ?? 'other';
    enquiry._status = 'open';
    enquiry._messages = [message('candidate', input.candidateAccountId, input.message, input.now)];
    enquiry._createdAt = input.now;
    enquiry._updatedAt = input.now;
    enquiry.record(new EnquiryRaised(enquiry.id, enquiry.candidateAccountId, enquiry.certificateNumber));
    return enquiry;
  }

  reply(staffAccountId: string, body: string, resolve: boolean, now: Date): void {
    if (this._status === 'resolved') throw new EnquiryResolvedError();
    this._messages = [...this._messages, message('staff', staffAccountId, body, now)];
    this._updatedAt = now;
    if (resolve) {
      this._status = 'resolved';
      this._resolvedAt = now;
      this.record(new EnquiryResolved(this.id, this.candidateAccountId, staffAccountId));
    } else {
      this._status = 'answered';
      this.record(new EnquiryReplied(this.id, this.candidateAccountId, staffAccountId));
    }
  }

  followUp(candidateAccountId: string, body: string, now: Date): void {
    if (this._status === 'resolved') throw new EnquiryResolvedError();
    this._messages = [...this._messages, message('candidate', candidateAccountId, body, now)];
    this._status = 'open';
    this._updatedAt = now;
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
