import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { Parties } from '../../ports/parties';
import {
  candidatePhotoUrl,
  effectiveStatus,
  Paged,
  pagedOf,
  pageWindow,
  ThirdPartyConnectionView,
} from '../../views/connection-views';
import { ListThirdPartyConnections } from './list-third-party-connections.query';

@QueryHandler(ListThirdPartyConnections)
export class ListThirdPartyConnectionsHandler implements IQueryHandler<ListThirdPartyConnections> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly parties: Parties,
    private readonly clock: Clock,
  ) {}

  async execute({
    thirdPartyAccountId,
    page,
    pageSize,
  }: ListThirdPartyConnections): Promise<Paged<ThirdPartyConnectionView>> {
    const found = await this.connections.listForThirdParty(thirdPartyAccountId, pageWindow(page, pageSize));
    const now = this.clock.now();
    const inForce = found.items.filter((c) => c.isInForce(now));
    const profiles = await this.parties.candidateProfiles(inForce.map((c) => c.candidateAccountId));
    const items = found.items.map((connection): ThirdPartyConnectionView => {
      const profile = connection.isInForce(now) ? profiles.get(connection.candidateAccountId) : undefined;
      return {
        id: connection.id,
        status: effectiveStatus(connection, now),
        createdAt: connection.createdAt.toISOString(),
        approvedAt: connection.approvedAt?.toISOString() ?? null,
        expiresAt: connection.expiresAt?.toISOString() ?? null,
        candidateNumber: connection.candidateNumber,
        candidate: profile
          ? {
              name: profile.displayName,
              photoUrl: profile.photoKey ? candidatePhotoUrl(connection.id) : null,
            }
          : null,
        documentCount: connection.isInForce(now)
          ? connection.permissions.reduce((sum, p) => sum + p.documents.length, 0)
          : 0,
      };
    });
    return pagedOf(items, found.total, page, pageSize);
  }
}
