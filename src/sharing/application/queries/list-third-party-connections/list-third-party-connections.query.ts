import { Query } from '@nestjs/cqrs';
import { Paged, ThirdPartyConnectionView } from '../../views/connection-views';

/** A third party's connections (by its verified email), newest first. */
export class ListThirdPartyConnections extends Query<Paged<ThirdPartyConnectionView>> {
  constructor(
    readonly thirdPartyEmail: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
