import { AuthenticatedPrincipal } from '../../shared/web/authentication/principal';
import { ThirdPartyReader } from '../application/third-party-reader';

/** The signed-in third party as the reads need it. */
export function readerOf(principal: AuthenticatedPrincipal): ThirdPartyReader {
  return { accountId: principal.accountId, email: principal.email, displayName: principal.displayName };
}
