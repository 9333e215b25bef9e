import { Query } from '@nestjs/cqrs';

/** The holder's Open Badges 3.0 credential of one achievement, signed. */
export class GetAchievementCredential extends Query<Record<string, unknown>> {
  constructor(
    readonly holderCandidateNumber: string | null,
    readonly certificateNumber: string,
  ) {
    super();
  }
}
