import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentSettings } from '../../ports/document-settings';
import { HolderLinks } from '../../views/holder-links';
import { GetHolderLinks } from './get-holder-links.query';

@QueryHandler(GetHolderLinks)
export class GetHolderLinksHandler implements IQueryHandler<GetHolderLinks, HolderLinks> {
  constructor(private readonly settings: DocumentSettings) {}

  execute(): Promise<HolderLinks> {
    return Promise.resolve({
      organisation: this.settings.signature.signerName,
      // The URL for an empty code is the page every code is appended to.
      verificationPage: this.settings.verificationUrl(''),
    });
  }
}
