import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { GetAccountNames } from './get-account-names.query';

@QueryHandler(GetAccountNames)
export class GetAccountNamesHandler implements IQueryHandler<GetAccountNames, Map<string, string>> {
  constructor(private readonly directory: CandidateDirectory) {}

  execute({ accountIds }: GetAccountNames): Promise<Map<string, string>> {
    return this.directory.accountNames(accountIds);
  }
}
