import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementSearch, AchievementSearchHit } from '../../ports/achievement-search';
import { SearchAchievements } from './search-achievements.query';

/** Longer input cannot match any field better; it is cut rather than refused. */
const MAX_TERM_LENGTH = 100;

@QueryHandler(SearchAchievements)
export class SearchAchievementsHandler implements IQueryHandler<SearchAchievements> {
  constructor(private readonly search: AchievementSearch) {}

  async execute({ term, limit }: SearchAchievements): Promise<AchievementSearchHit[]> {
    const text = term.trim().slice(0, MAX_TERM_LENGTH);
    if (text.length < 2) return [];
    return this.search.search({ text, limit: Math.min(Math.max(limit, 1), 100) });
  }
}
