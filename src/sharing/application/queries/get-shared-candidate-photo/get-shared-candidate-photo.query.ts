import { Query } from '@nestjs/cqrs';
import { ThirdPartyReader } from '../../third-party-reader';

/** The profile photo of the candidate of an active connection. */
export class GetSharedCandidatePhoto extends Query<Buffer> {
  constructor(
    readonly reader: ThirdPartyReader,
    readonly connectionId: string,
  ) {
    super();
  }
}
