import { Query } from '@nestjs/cqrs';
/** How many certificates a candidate holds (the profile header's CERTIFICATES count). */
export class CountCandidateAchievements extends Query<number> {
  constructor(readonly candidateNumber: string | null) {
    super();
  }
}
