import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StatusListNotFoundError } from '../../../domain/achievement.errors';
import { OpenBadgeCredentials } from '../../services/open-badge-credentials';
import { GetCredentialStatusList } from './get-credential-status-list.query';

@QueryHandler(GetCredentialStatusList)
export class GetCredentialStatusListHandler implements IQueryHandler<
  GetCredentialStatusList,
  Record<string, unknown>
> {
  constructor(private readonly credentials: OpenBadgeCredentials) {}

  async execute({ listId }: GetCredentialStatusList) {
    const list = await this.credentials.statusList(listId);
    if (!list) throw new StatusListNotFoundError();
    return list;
  }
}
