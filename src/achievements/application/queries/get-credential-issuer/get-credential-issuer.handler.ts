import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CredentialSigner } from '../../ports/credential-signer';
import { GetCredentialIssuer } from './get-credential-issuer.query';

@QueryHandler(GetCredentialIssuer)
export class GetCredentialIssuerHandler implements IQueryHandler<
  GetCredentialIssuer,
  Record<string, unknown>
> {
  constructor(private readonly signer: CredentialSigner) {}

  execute(): Promise<Record<string, unknown>> {
    return this.signer.issuerProfile();
  }
}
