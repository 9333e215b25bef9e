import { Query } from '@nestjs/cqrs';
import { CandidatePhoto } from '../../views/candidate-photo';

/**
 * An account's profile photo, or null when it has none. It answers for any account id: the caller
 * decides who may see it (the owner; a third party while Sharing says its connection is active).
 */
export class GetCandidatePhoto extends Query<CandidatePhoto | null> {
  constructor(readonly accountId: string) {
    super();
  }
}
