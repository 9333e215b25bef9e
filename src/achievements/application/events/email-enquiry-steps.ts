import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { EmailOutbox } from '../../../shared/application/email-outbox';
import {
  EnquiryFollowedUp,
  EnquiryRaised,
  EnquiryReplied,
  EnquiryResolved,
} from '../../domain/enquiry.events';
import { EnquiryRepository } from '../../domain/enquiry.repository';
import { Enquiry } from '../../domain/enquiry';
import { CandidateAccounts } from '../ports/candidate-accounts';
import { DocumentSettings } from '../ports/document-settings';

/** A new enquiry, or the candidate's follow-up, tells the staff inbox there is work in the queue. */
@Injectable()
@ReactsTo([EnquiryRaised, EnquiryFollowedUp])
export class EmailStaffAboutEnquiry implements DomainEventReaction<EnquiryRaised | EnquiryFollowedUp> {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly emails: EmailOutbox,
    private readonly settings: DocumentSettings,
  ) {}

  async handle(event: EnquiryRaised | EnquiryFollowedUp): Promise<void> {
    const enquiry = await this.enquiries.findById(event.enquiryId);
    if (!enquiry) return;
    const followUp = event instanceof EnquiryFollowedUp;
    this.emails.queue({
      to: this.settings.enquiriesInbox,
      subject: `${followUp ? 'Follow-up on enquiry' : 'New enquiry'} about certificate ${enquiry.certificateNumber}`,
      template: 'achievements-enquiry-received',
      data: { ...emailData(enquiry), followUp, link: `/admin/enquiries/${enquiry.id}` },
    });
  }
}

/** Each staff reply (and the resolution) goes to the candidate at their current email address. */
@Injectable()
@ReactsTo([EnquiryReplied, EnquiryResolved])
export class EmailCandidateAboutReply implements DomainEventReaction<EnquiryReplied | EnquiryResolved> {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly contacts: CandidateAccounts,
    private readonly emails: EmailOutbox,
  ) {}

  async handle(event: EnquiryReplied | EnquiryResolved): Promise<void> {
    const enquiry = await this.enquiries.findById(event.enquiryId);
    const contact = await this.contacts.contactFor(event.candidateAccountId);
    if (!enquiry || !contact) return;
    const resolved = event instanceof EnquiryResolved;
    this.emails.queue({
      to: contact.email,
      subject: resolved
        ? `Your enquiry about ${enquiry.achievementTitle} is resolved`
        : `We have replied to your enquiry about ${enquiry.achievementTitle}`,
      template: resolved ? 'achievements-enquiry-resolved' : 'achievements-enquiry-answered',
      data: { ...emailData(enquiry), name: contact.name, link: `/enquiries/${enquiry.id}` },
    });
  }
}

function emailData(enquiry: Enquiry): Record<string, unknown> {
  const last = enquiry.messages[enquiry.messages.length - 1];
  return {
    enquiryId: enquiry.id,
    certificateNumber: enquiry.certificateNumber,
    achievementTitle: enquiry.achievementTitle,
    candidateNumber: enquiry.candidateNumber,
    message: last?.body ?? '',
  };
}
