import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ContributesWaitingItems,
  WaitingItem,
  WaitingItemsContributor,
} from '../../../identity/identity.public';
import { ListCandidateEnquiries } from '../../application/queries/list-candidate-enquiries/list-candidate-enquiries.query';
import { EnquiryView } from '../../application/views/enquiry-view';

/** The candidate dashboard: enquiries our staff have answered, waiting for the candidate to read. */
@Injectable()
@ContributesWaitingItems()
export class WaitingEnquiriesContributor implements WaitingItemsContributor {
  constructor(private readonly queries: QueryBus) {}

  async waitingFor(account: { accountId: string }): Promise<WaitingItem[]> {
    const enquiries: EnquiryView[] = await this.queries.execute(
      new ListCandidateEnquiries(account.accountId),
    );
    return enquiries
      .filter((e) => e.status === 'answered')
      .map((e) => ({
        tile: 'enquiries' as const,
        text: `Our staff replied to your enquiry about ${e.achievementTitle}`,
        href: `/enquiries/${e.id}`,
        action: 'Read the reply',
      }));
  }
}
