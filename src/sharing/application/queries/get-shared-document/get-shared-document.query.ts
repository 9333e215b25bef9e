import { Query } from '@nestjs/cqrs';
import { SharedDocument } from '../../../domain/connection-permission';
import { SharedFile } from '../../ports/shared-achievements';
import { ThirdPartyReader } from '../../third-party-reader';

/** A permitted PDF of an active connection; the download is logged for the candidate. */
export class GetSharedDocument extends Query<SharedFile> {
  constructor(
    readonly reader: ThirdPartyReader,
    readonly connectionId: string,
    readonly certificateNumber: string,
    readonly document: SharedDocument,
  ) {
    super();
  }
}
