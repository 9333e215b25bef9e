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

const TRAILER_WINDOW = 2048;

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
  const tail = pdf.subarray(Math.max(0, pdf.length - TRAILER_WINDOW)).toString('latin1');
  const previousXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!previousXref || trailerAt < 0) return pdf;
  const trailer = tail.slice(trailerAt, tail.lastIndexOf('startxref'));
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root || trailer.includes('/Encrypt')) return pdf;
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer);
  const existingInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);

  // Replacing the existing Info object keeps the object count; otherwise the new one takes the next number.
  const objectNumber = existingInfo ? Number(existingInfo[1]) : Number(size[1]);
  const generation = existingInfo ? Number(existingInfo[2]) : 0;
  const newSize = Math.max(Number(size[1]), objectNumber + 1);

  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${objectNumber} ${generation} obj\n<<${infoEntries(info)}>>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    separator +
    object +
    `xref\n${objectNumber} 1\n${pad(objectOffset, 10)} ${pad(generation, 5)} n \n` +
    `trailer\n<</Size ${newSize} /Root ${root[1]} /Info ${objectNumber} ${generation} R` +
    `${id ? ` /ID ${id[1]}` : ''} /Prev ${previousXref[1]}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
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

/** A PDF text string as UTF-16BE hex with a byte-order mark: any character, and only ASCII in the file. */
function textString(value: string): string {
  const utf16be = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16be.toString('hex').toUpperCase()}>`;
}

/** D:YYYYMMDDHHmmSSZ, in UTC. */
function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
