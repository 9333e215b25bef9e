import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentNotSharedError } from '../../../domain/connection.errors';
import { Parties } from '../../ports/parties';
import { ThirdPartyAccess } from '../../third-party-access';
import { GetSharedCandidatePhoto } from './get-shared-candidate-photo.query';

@QueryHandler(GetSharedCandidatePhoto)
export class GetSharedCandidatePhotoHandler implements IQueryHandler<GetSharedCandidatePhoto> {
  constructor(
    private readonly access: ThirdPartyAccess,
    private readonly parties: Parties,
  ) {}

  async execute({ reader, connectionId }: GetSharedCandidatePhoto): Promise<Buffer> {
    const { connection } = await this.access.inForce(reader, connectionId);
    const photo = await this.parties.candidatePhoto(connection.candidateAccountId);
    if (!photo) throw new DocumentNotSharedError();
    return photo;
  }
}
