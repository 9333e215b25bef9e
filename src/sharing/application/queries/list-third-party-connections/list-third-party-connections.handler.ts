import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { UnmatchedRequest, UnmatchedRequests } from '../../ports/unmatched-requests';
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
    private readonly clock: Clock,
    private readonly unmatched: UnmatchedRequests,
  ) {}

  async execute({
    thirdPartyAccountId,
    page,
    pageSize,
  }: ListThirdPartyConnections): Promise<Paged<ThirdPartyConnectionView>> {
    // Connections and unmatched requests, newest first, as one list: both sources up to the end of
    // the page, merged, then the page cut out (a third party has few of either).
    const { offset, limit } = pageWindow(page, pageSize);
    const [matched, unmatched] = await Promise.all([
      this.connections.listForThirdParty(thirdPartyAccountId, { offset: 0, limit: offset + limit }),
      this.unmatched.newestOf(thirdPartyAccountId, offset + limit),
    ]);
    const merged = [
      ...matched.items.map((connection) => ({ at: connection.createdAt, id: connection.id, connection })),
      ...unmatched.items.map((request) => ({ at: request.createdAt, id: request.id, request })),
    ]
      .sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id))
      .slice(offset, offset + limit);
    const found = {
      items: merged.flatMap((entry) => ('connection' in entry ? [entry.connection] : [])),
      total: matched.total + unmatched.total,
    };
    const now = this.clock.now();
    const views = new Map(
      found.items.map((connection): [string, ThirdPartyConnectionView] => {
        // Who the candidate is shows only while the connection is in force (ADR 0027: the connection's copy).
        const inForce = connection.isInForce(now);
        return [
          connection.id,
          {
            id: connection.id,
            status: effectiveStatus(connection, now),
            createdAt: connection.createdAt.toISOString(),
            approvedAt: connection.approvedAt?.toISOString() ?? null,
            expiresAt: connection.expiresAt?.toISOString() ?? null,
            candidateNumber: connection.candidateNumber,
            candidate: inForce
              ? {
                  name: connection.candidateName,
                  photoUrl: connection.candidateHasPhoto ? candidatePhotoUrl(connection.id) : null,
                }
              : null,
            documentCount: inForce
              ? connection.permissions.reduce((sum, p) => sum + p.documents.length, 0)
              : 0,
          },
        ];
      }),
    );
    const items = merged.map((entry) =>
      'connection' in entry ? views.get(entry.connection.id)! : pendingView(entry.request),
    );
    return pagedOf(items, found.total, page, pageSize);
  }
}

/** An unmatched request looks exactly like a matched one the candidate has not answered yet. */
function pendingView(request: UnmatchedRequest): ThirdPartyConnectionView {
  return {
    id: request.id,
    status: 'requested',
    createdAt: request.createdAt.toISOString(),
    approvedAt: null,
    expiresAt: null,
    candidateNumber: request.candidateNumber,
    candidate: null,
    documentCount: 0,
  };
}
