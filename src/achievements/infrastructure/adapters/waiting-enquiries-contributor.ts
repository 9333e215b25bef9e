import { waitingItemsFromQuery } from '../../../identity/identity.public';
import { ListCandidateEnquiries } from '../../application/queries/list-candidate-enquiries/list-candidate-enquiries.query';
import { EnquiryView } from '../../application/views/enquiry-view';

/** The candidate dashboard: enquiries our staff have answered, waiting for the candidate to read. */
export const WaitingEnquiriesContributor = waitingItemsFromQuery(
  (account) => new ListCandidateEnquiries(account.accountId),
  (enquiries: EnquiryView[]) =>
    enquiries
      .filter((enquiry) => enquiry.status === 'answered')
      .map((enquiry) => ({
        tile: 'enquiries',
        text: `Our staff replied to your enquiry about ${enquiry.achievementTitle}`,
        href: `/enquiries/${enquiry.id}`,
        action: 'Read the reply',
      })),
);
