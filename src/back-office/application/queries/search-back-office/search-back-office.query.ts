import { Query } from '@nestjs/cqrs';
import type { AchievementSearchHit } from '../../../../achievements/achievements.public';
import type { AccountSearchHit } from '../../../../identity/identity.public';

export interface SearchResults {
  term: string;
  candidates: AccountSearchHit[];
  achievements: AchievementSearchHit[];
}

/** One search box over candidates and achievements. */
export class SearchBackOffice extends Query<SearchResults> {
  constructor(readonly term: string) {
    super();
  }
}
