import { PdfSignatureDetails } from '../../../shared/application/pdf-signing';

/** What documents and emails need to know about this deployment. */
export abstract class DocumentSettings {
  /** The public page where anyone can check a document by its code. */
  abstract verificationUrl(code: string): string;
  /** A page of the portal, for links in emails. */
  abstract portalUrl(path: string): string;
  /** The staff inbox that hears about new enquiries and follow-ups. */
  abstract get enquiriesInbox(): string;
  /**
   * Changes whenever the named PDF template (or a partial, or the branding it draws) changes, so a
   * stored PDF from an older template is never served.
   */
  abstract templateVersion(template: string): Promise<string>;
  /** What the PDF signature says: the awarding body, why and where it signs. */
  abstract get signature(): PdfSignatureDetails;
  /** The named signatory printed on certificates (DOCUMENT_SIGNATORY_NAME, _ROLE). */
  abstract get signatory(): { name: string; role: string };
}
