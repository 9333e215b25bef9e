import { Query } from '@nestjs/cqrs';
import type { AchievementSearchHit } from '../../ports/achievement-search';

export type { AchievementSearchHit };

/** The back office's search box, over achievements. */
export class SearchAchievements extends Query<AchievementSearchHit[]> {
  constructor(
    readonly term: string,
    readonly limit = 20,
  ) {
    super();
  }
}
