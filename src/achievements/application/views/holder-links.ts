/** What the holder's own card needs to offer LinkedIn: whose the certificate is, and where to check it. */
export interface HolderLinks {
  /** The awarding body, as LinkedIn names the issuing organisation. */
  organisation: string;
  /** The verification page of this deployment; a document's code follows it, URL-encoded. */
  verificationPage: string;
}

/** The public page where anyone checks the document with this code. */
export function verificationUrlOf(links: HolderLinks, code: string): string {
  return `${links.verificationPage}${encodeURIComponent(code)}`;
}
