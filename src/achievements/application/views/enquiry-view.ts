import { Enquiry, EnquiryStatus, EnquiryTopic, ENQUIRY_TOPIC_LABELS } from '../../domain/enquiry';

export interface EnquiryMessageView {
  id: string;
  author: 'candidate' | 'staff';
  body: string;
  sentAt: string;
}

export interface EnquiryView {
  id: string;
  certificateNumber: string;
  achievementTitle: string;
  candidateNumber: string;
  topic: EnquiryTopic;
  topicLabel: string;
  status: EnquiryStatus;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  messages: EnquiryMessageView[];
}

/** Staff account ids stay inside: a candidate sees that staff replied, not which account did. */
export function toEnquiryView(enquiry: Enquiry): EnquiryView {
  return {
    id: enquiry.id,
    certificateNumber: enquiry.certificateNumber,
    achievementTitle: enquiry.achievementTitle,
    candidateNumber: enquiry.candidateNumber,
    topic: enquiry.topic,
    topicLabel: ENQUIRY_TOPIC_LABELS[enquiry.topic] ?? enquiry.topic,
    status: enquiry.status,
    createdAt: enquiry.createdAt.toISOString(),
    updatedAt: enquiry.updatedAt.toISOString(),
    resolvedAt: enquiry.resolvedAt ? enquiry.resolvedAt.toISOString() : null,
    messages: enquiry.messages.map((m) => ({ id: m.id, author: m.author, body: m.body, sentAt: m.sentAt })),
  };
}
