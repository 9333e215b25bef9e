import { pdfDate, PdfRevisions, textString } from './pdf-revision';

export interface PdfDocumentInfo {
  title?: string;
  subject?: string;
  author?: string;
  creator?: string;
  producer?: string;
  /** Written as a /VerificationCode entry: a signature check reads it back from the signed bytes. */
  verificationCode?: string;
  createdAt: Date;
}

/**
 * Sets the PDF's document information (Title, Subject, Author, Creator, Producer, dates) by appending
 * an incremental update (PDF 32000-1, 7.5.6): a new Info dictionary, a one-entry cross-reference section
 * and a trailer pointing back to the original. The original bytes are kept as they are.
 *
 * Chromium fills in only Title (from <title>) and names itself as Creator and Producer; it has no option
 * for the rest, and this small update spares a PDF library. It handles the classic cross-reference table
 * Chromium (Skia) writes; any other file (cross-reference stream, encrypted) is returned unchanged.
 */
export function withDocumentInfo(pdf: Buffer, info: PdfDocumentInfo): Buffer {
  const revisions = new PdfRevisions(pdf);
  const trailer = revisions.trailer();
  if (!trailer) return pdf;
  // Replacing the existing Info object keeps the object count; otherwise the new one takes the next number.
  const ref = trailer.info ?? { number: trailer.size, generation: 0 };
  return revisions.append(trailer, [{ ...ref, body: `<<${infoEntries(info)}>>` }], ref);
}

function infoEntries(info: PdfDocumentInfo): string {
  const date = pdfDate(info.createdAt);
  const entries: Array<[string, string | undefined]> = [
    ['Title', info.title],
    ['Subject', info.subject],
    ['Author', info.author],
    ['Creator', info.creator],
    ['Producer', info.producer],
    ['VerificationCode', info.verificationCode],
  ];
  return (
    entries
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([key, value]) => `/${key} ${textString(value)}`)
      .join(' ') + ` /CreationDate (${date}) /ModDate (${date})`
  );
}
