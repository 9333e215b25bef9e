import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SharedAchievements } from '../../ports/shared-achievements';
import { ThirdPartyAccess } from '../../third-party-access';
import { candidatePhotoUrl } from '../../views/connection-views';
import { ListSharedDocuments, SharedDocumentsView } from './list-shared-documents.query';

@QueryHandler(ListSharedDocuments)
export class ListSharedDocumentsHandler implements IQueryHandler<ListSharedDocuments> {
  constructor(
    private readonly access: ThirdPartyAccess,
    private readonly achievements: SharedAchievements,
  ) {}

  async execute({ reader, connectionId }: ListSharedDocuments): Promise<SharedDocumentsView> {
    const { connection } = await this.access.inForce(reader, connectionId);
    const cards = await this.achievements.cards(
      connection.candidateNumber,
      connection.permissions.map((permission) => permission.certificateNumber),
    );
    const cardOf = new Map(cards.map((card) => [card.certificateNumber, card]));
    const items: SharedDocumentsView['items'] = [];
    for (const permission of connection.permissions) {
      const card = cardOf.get(permission.certificateNumber);
      // A revoked achievement stops being shared at once, whatever the permission says.
      if (!card || card.revoked) continue;
      items.push({
        ...card,
        documents: {
          ecertificate: permission.documents.includes('ecertificate'),
          etranscript: permission.documents.includes('etranscript'),
        },
      });
    }
    await this.access.log(reader, {
      connectionId: connection.id,
      kind: 'viewed-documents',
      certificateNumber: null,
      document: null,
    });
    return {
      connectionId: connection.id,
      expiresAt: connection.expiresAt!.toISOString(),
      candidate: {
        // The connection's copy, kept current by Identity's CandidateProfileChanged (ADR 0027).
        name: connection.candidateName,
        photoUrl: connection.candidateHasPhoto ? candidatePhotoUrl(connection.id) : null,
      },
      items,
    };
  }
}
