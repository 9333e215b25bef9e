import { Query } from '@nestjs/cqrs';

/** What a staff member needs to add the account to an authenticator app; null once enrolled. */
export class GetSecondFactorEnrolment extends Query<{ secret: string; uri: string } | null> {
  constructor(readonly accountId: string) {
    super();
  }
}
