import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FileStorage } from '../../../../shared/application/file-storage';
import { DocumentNotSharedError } from '../../../domain/connection.errors';
import { Parties } from '../../ports/parties';
import { ThirdPartyAccess } from '../../third-party-access';
import { GetSharedCandidatePhoto } from './get-shared-candidate-photo.query';

@QueryHandler(GetSharedCandidatePhoto)
export class GetSharedCandidatePhotoHandler implements IQueryHandler<GetSharedCandidatePhoto> {
  constructor(
    private readonly access: ThirdPartyAccess,
    private readonly parties: Parties,
    private readonly storage: FileStorage,
  ) {}

  async execute({ reader, connectionId }: GetSharedCandidatePhoto): Promise<Buffer> {
    const { connection } = await this.access.inForce(reader, connectionId);
    const profile = (await this.parties.candidateProfiles([connection.candidateAccountId])).get(
      connection.candidateAccountId,
    );
    const photo = profile?.photoKey ? await this.storage.get(profile.photoKey) : undefined;
    if (!photo) throw new DocumentNotSharedError();
    return photo;
  }
}
