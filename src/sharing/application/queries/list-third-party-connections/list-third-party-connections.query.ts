import { Query } from '@nestjs/cqrs';
import { Paged, ThirdPartyConnectionView } from '../../views/connection-views';

/** A third party's connections (those its account claimed or asked for), newest first. */
export class ListThirdPartyConnections extends Query<Paged<ThirdPartyConnectionView>> {
  constructor(
    readonly thirdPartyAccountId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
