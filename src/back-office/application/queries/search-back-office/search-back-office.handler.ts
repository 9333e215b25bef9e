import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { SearchAchievements } from '../../../../achievements/achievements.public';
import { SearchAccounts } from '../../../../identity/identity.public';
import { SearchBackOffice, SearchResults } from './search-back-office.query';

const RESULTS_PER_KIND = 20;

@QueryHandler(SearchBackOffice)
export class SearchBackOfficeHandler implements IQueryHandler<SearchBackOffice> {
  constructor(private readonly queries: QueryBus) {}

  async execute({ term }: SearchBackOffice): Promise<SearchResults> {
    const [candidates, achievements] = await Promise.all([
      this.queries.execute(new SearchAccounts(term, RESULTS_PER_KIND)),
      this.queries.execute(new SearchAchievements(term, RESULTS_PER_KIND)),
    ]);
    return { term, candidates, achievements };
  }
}
