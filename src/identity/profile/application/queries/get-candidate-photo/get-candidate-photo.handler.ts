import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FileStorage } from '../../../../../shared/application/file-storage';
import { AccountRepository } from '../../../../domain/account.repository';
import { GetCandidatePhoto } from './get-candidate-photo.query';
import { CandidatePhoto, photoVersionOf } from '../../views/candidate-photo';

const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

@QueryHandler(GetCandidatePhoto)
export class GetCandidatePhotoHandler implements IQueryHandler<GetCandidatePhoto> {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly storage: FileStorage,
  ) {}

  async execute({ accountId }: GetCandidatePhoto): Promise<CandidatePhoto | null> {
    const account = await this.accounts.byId(accountId);
    if (!account?.photoKey) return null;
    const content = await this.storage.get(account.photoKey);
    if (!content) return null;
    const extension = account.photoKey.split('.').pop() ?? '';
    return {
      content,
      contentType: TYPES[extension] ?? 'application/octet-stream',
      version: photoVersionOf(account.photoKey),
    };
  }
}
