import { AchievementHeadline } from '../views/achievement-headline';

export interface AchievementSearchHit extends AchievementHeadline {
  revoked: boolean;
}

/** Staff search over achievements: certificate number, qualification number or title, anywhere in them. */
export abstract class AchievementSearch {
  abstract search(criteria: { text: string; limit: number }): Promise<AchievementSearchHit[]>;
}
