import { Constructor, EntitySchema } from '@mikro-orm/core';
import { Enquiry, EnquiryMessage, EnquiryStatus, EnquiryTopic } from '../../domain/enquiry';

/** The aggregate's own fields, as the mapping sees them: private to everyone else. */
export interface StoredEnquiry {
  _id: string;
  _achievementId: string;
  _certificateNumber: string;
  _achievementTitle: string;
  _candidateAccountId: string;
  _candidateNumber: string;
  _topic: EnquiryTopic;
  _status: EnquiryStatus;
  _messages: EnquiryMessage[];
  _createdAt: Date;
  _updatedAt: Date;
  _resolvedAt?: Date;
}

/** Maps the Enquiry aggregate; its messages are part of it (never edited), kept as a JSON array. */
export const EnquirySchema = new EntitySchema<StoredEnquiry>({
  class: Enquiry as unknown as Constructor<StoredEnquiry>,
  tableName: 'achievement_enquiries',
  properties: {
    _id: { type: 'uuid', primary: true, fieldName: 'id' },
    _achievementId: { type: 'uuid', fieldName: 'achievement_id' },
    _certificateNumber: { type: 'string', length: 40, fieldName: 'certificate_number' },
    _achievementTitle: { type: 'string', length: 250, fieldName: 'achievement_title' },
    _candidateAccountId: { type: 'uuid', fieldName: 'candidate_account_id' },
    _candidateNumber: { type: 'string', length: 20, fieldName: 'candidate_number' },
    _topic: { type: 'string', length: 30, fieldName: 'topic' },
    _status: { type: 'string', length: 20, fieldName: 'status' },
    _messages: { type: 'json', fieldName: 'messages' },
    _createdAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'created_at' },
    _updatedAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'updated_at' },
    _resolvedAt: { type: 'Date', columnType: 'timestamptz', nullable: true, fieldName: 'resolved_at' },
  },
});

/** What the mapping loaded, as the aggregate it is. */
export function asEnquiry(stored: StoredEnquiry): Enquiry;
export function asEnquiry(stored: StoredEnquiry | null): Enquiry | null;
export function asEnquiry(stored: StoredEnquiry | null): Enquiry | null {
  return stored as unknown as Enquiry | null;
}
