import { Query } from '@nestjs/cqrs';

/** The issuer Profile every credential's issuer and proof resolve to. */
export class GetCredentialIssuer extends Query<Record<string, unknown>> {}
