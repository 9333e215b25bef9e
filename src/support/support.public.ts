// The only file other contexts may import from Support: its commands, queries and integration events.
export { GetSupportContact } from './application/queries/get-support-contact/get-support-contact.query';
export type { SupportContactView } from './application/queries/get-support-contact/get-support-contact.query';
export { ListFaqEntries } from './application/queries/list-faq-entries/list-faq-entries.query';
export type {
  FaqEntryList,
  FaqEntryView,
} from './application/queries/list-faq-entries/list-faq-entries.query';
