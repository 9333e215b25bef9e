import { DomainEvent } from '../../shared/domain';

// Each step of an enquiry; the other side is emailed about each (application/events).

export class EnquiryRaised extends DomainEvent {
  readonly eventName = 'achievements.enquiry-raised';
  constructor(
    readonly enquiryId: string,
    readonly candidateAccountId: string,
    readonly certificateNumber: string,
  ) {
    super();
  }
}

export class EnquiryFollowedUp extends DomainEvent {
  readonly eventName = 'achievements.enquiry-followed-up';
  constructor(
    readonly enquiryId: string,
    readonly candidateAccountId: string,
  ) {
    super();
  }
}

export class EnquiryReplied extends DomainEvent {
  readonly eventName = 'achievements.enquiry-replied';
  constructor(
    readonly enquiryId: string,
    readonly candidateAccountId: string,
    readonly staffAccountId: string,
  ) {
    super();
  }
}

export class EnquiryResolved extends DomainEvent {
  readonly eventName = 'achievements.enquiry-resolved';
  constructor(
    readonly enquiryId: string,
    readonly candidateAccountId: string,
    readonly staffAccountId: string,
  ) {
    super();
  }
}
