import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentNotSharedError } from '../../../domain/connection.errors';
import { SharedAchievements, SharedFile } from '../../ports/shared-achievements';
import { ThirdPartyAccess } from '../../third-party-access';
import { GetSharedDocument } from './get-shared-document.query';

@QueryHandler(GetSharedDocument)
export class GetSharedDocumentHandler implements IQueryHandler<GetSharedDocument> {
  constructor(
    private readonly access: ThirdPartyAccess,
    private readonly achievements: SharedAchievements,
  ) {}

  async execute({
    reader,
    connectionId,
    certificateNumber,
    document,
  }: GetSharedDocument): Promise<SharedFile> {
    const { connection, now } = await this.access.inForce(reader, connectionId);
    if (!connection.grants(certificateNumber, document, now)) throw new DocumentNotSharedError();
    // Achievements refuses a revoked achievement's documents; that, too, is simply not found here.
    const file = await this.achievements.pdf(connection.candidateNumber, certificateNumber, document);
    if (!file) throw new DocumentNotSharedError();
    await this.access.log(reader, {
      connectionId: connection.id,
      kind: 'downloaded',
      certificateNumber: certificateNumber.trim().toUpperCase(),
      document,
    });
    return file;
  }
}
