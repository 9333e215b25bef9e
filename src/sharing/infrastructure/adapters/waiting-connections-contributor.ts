import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ContributesWaitingItems,
  WaitingItem,
  WaitingItemsContributor,
} from '../../../identity/identity.public';
import { Clock } from '../../../shared/domain';
import { formatBritishDate } from '../../../shared/infrastructure/templating/format-helpers';
import { ListCandidateConnections } from '../../application/queries/list-candidate-connections/list-candidate-connections.query';
import { ConnectionView, Paged } from '../../application/views/connection-views';

const SOON_MS = 7 * 24 * 60 * 60 * 1000;

/** The candidate dashboard: third parties asking to see documents, and connections ending within 7 days. */
@Injectable()
@ContributesWaitingItems()
export class WaitingConnectionsContributor implements WaitingItemsContributor {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async waitingFor(account: { accountId: string }): Promise<WaitingItem[]> {
    const found: Paged<ConnectionView> = await this.queries.execute(
      new ListCandidateConnections(account.accountId, 1, 100),
    );
    const now = this.clock.now().getTime();
    const who = (c: ConnectionView) => c.company || c.name;
    const requests = found.items
      .filter((c) => c.status === 'requested')
      .map((c) => ({
        tile: 'connections' as const,
        text: `${who(c)} asks to see your documents`,
        href: `/connections/${c.id}`,
        action: 'Review',
      }));
    const ending = found.items
      .filter((c) => c.status === 'active' && c.expiresAt && Date.parse(c.expiresAt) - now <= SOON_MS)
      .map((c) => ({
        tile: 'connections' as const,
        text: `Your connection with ${who(c)} ends on ${formatBritishDate(c.expiresAt)}`,
        href: `/connections/${c.id}`,
        action: 'Extend or end it',
      }));
    return [...requests, ...ending];
  }
}
