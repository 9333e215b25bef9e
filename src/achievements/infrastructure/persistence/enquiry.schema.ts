import { EntitySchema } from '@mikro-orm/core';
import { Enquiry } from '../../domain/enquiry';

/** Maps the Enquiry aggregate; its messages are part of it (never edited), kept as a JSON array. */
export const EnquirySchema = new EntitySchema<Enquiry>({
  class: Enquiry,
  tableName: 'achievement_enquiries',
  properties: {
    id: { type: 'uuid', primary: true },
    achievementId: { type: 'uuid' },
    certificateNumber: { type: 'string', length: 40 },
    achievementTitle: { type: 'string', length: 250 },
    candidateAccountId: { type: 'uuid' },
    candidateNumber: { type: 'string', length: 20 },
    topic: { type: 'string', length: 30 },
    status: { type: 'string', length: 20 },
    messages: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    resolvedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
