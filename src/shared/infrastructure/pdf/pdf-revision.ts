/** An object number and generation: `12 0 R`. */
export interface PdfRef {
  number: number;
  generation: number;
}

/** An indirect object as text: what stands between `N G obj` and `endobj`. */
export interface PdfObject extends PdfRef {
  body: string;
}

/** The latest trailer of a file whose cross-references are classic tables, and where its table starts. */
export interface ClassicTrailer {
  size: number;
  root: PdfRef;
  info?: PdfRef;
  /** The /ID array as written, kept in every revision (PDF 32000-1, 14.4). */
  id?: string;
  /** The offset of the latest cross-reference table: the new revision's /Prev. */
  startxref: number;
}

const TAIL_WINDOW = 2048;
const ENTRY_BYTES = 20;

export const refText = ({ number, generation }: PdfRef) => `${number} ${generation} R`;

/** The reference a dictionary's key holds, or the first of the array it holds (`/Kids [2 0 R ...]`). */
export function refAt(dictionary: string, key: string): PdfRef | undefined {
  const match = new RegExp(`/${key}(?![A-Za-z])\\s*\\[?\\s*(\\d+)\\s+(\\d+)\\s+R`).exec(dictionary);
  return match ? { number: Number(match[1]), generation: Number(match[2]) } : undefined;
}

/**
 * Reads a PDF's revisions as text, for incremental updates (PDF 32000-1, 7.5.6): the trailer and the objects
 * of the latest revision. It knows the classic cross-reference tables Chromium (Skia) writes, and the
 * revisions Veri appends to them; for any other file (cross-reference streams, encryption) `trailer` is
 * undefined and the caller leaves the file to a PDF library.
 */
export class PdfRevisions {
  /** Latin-1 keeps one character per byte, so offsets in the text are offsets in the file. */
  private readonly text: string;

  constructor(readonly pdf: Buffer) {
    this.text = pdf.toString('latin1');
  }

  trailer(): ClassicTrailer | undefined {
    const tail = this.text.slice(Math.max(0, this.text.length - TAIL_WINDOW));
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!startxref) return undefined;
    const section = this.section(Number(startxref[1]));
    const dictionary = section?.trailer;
    if (!dictionary || /\/(Encrypt|XRefStm)\b/.test(dictionary)) return undefined;
    const size = /\/Size\s+(\d+)/.exec(dictionary);
    const root = refAt(dictionary, 'Root');
    if (!size || !root) return undefined;
    return {
      size: Number(size[1]),
      root,
      info: refAt(dictionary, 'Info'),
      id: /\/ID\s*(\[[^\]]*\])/.exec(dictionary)?.[1],
      startxref: Number(startxref[1]),
    };
  }

  /** The object as the latest revision that has it wrote it, by walking the tables from the newest. */
  object(ref: PdfRef, trailer: ClassicTrailer): PdfObject | undefined {
    const visited = new Set<number>();
    for (let at: number | undefined = trailer.startxref; at !== undefined && !visited.has(at);) {
      visited.add(at);
      const section = this.section(at);
      if (!section) return undefined;
      const entry = section.entries.get(ref.number);
      if (entry)
        return entry.inUse && entry.generation === ref.generation
          ? this.objectAt(ref, entry.offset)
          : undefined;
      at = section.previous;
    }
    return undefined;
  }

  /** Appends a revision holding `objects` (new ones, or new versions of existing ones) and a trailer for it. */
  append(trailer: ClassicTrailer, objects: PdfObject[], info = trailer.info): Buffer {
    const separator = this.pdf[this.pdf.length - 1] === 0x0a ? '' : '\n';
    let offset = this.pdf.length + separator.length;
    const offsets = new Map<number, { offset: number; generation: number }>();
    let written = separator;
    for (const object of objects) {
      const text = `${object.number} ${object.generation} obj\n${object.body}\nendobj\n`;
      offsets.set(object.number, { offset, generation: object.generation });
      written += text;
      offset += text.length;
    }
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    let xref = 'xref\n';
    for (let start = 0; start < numbers.length;) {
      let end = start;
      while (end + 1 < numbers.length && numbers[end + 1] === numbers[end] + 1) end++;
      xref += `${numbers[start]} ${end - start + 1}\n`;
      for (const number of numbers.slice(start, end + 1)) {
        const entry = offsets.get(number)!;
        xref += `${pad(entry.offset, 10)} ${pad(entry.generation, 5)} n \n`;
      }
      start = end + 1;
    }
    const size = Math.max(trailer.size, numbers[numbers.length - 1] + 1);
    const tail =
      `trailer\n<</Size ${size} /Root ${refText(trailer.root)}${info ? ` /Info ${refText(info)}` : ''}` +
      `${trailer.id ? ` /ID ${trailer.id}` : ''} /Prev ${trailer.startxref}>>\n` +
      `startxref\n${offset}\n%%EOF\n`;
    return Buffer.concat([this.pdf, Buffer.from(written + xref + tail, 'latin1')]);
  }

  private objectAt(ref: PdfRef, offset: number): PdfObject | undefined {
    const header = new RegExp(`${ref.number}\\s+${ref.generation}\\s+obj\\b`, 'y');
    header.lastIndex = offset;
    if (!header.exec(this.text)) return undefined;
    const end = this.text.indexOf('endobj', header.lastIndex);
    return end < 0 ? undefined : { ...ref, body: this.text.slice(header.lastIndex, end).trim() };
  }

  /** A classic table at `offset`: its entries by object number, its trailer and the table before it. */
  private section(offset: number) {
    if (!this.text.startsWith('xref', offset)) return undefined;
    const entries = new Map<number, { offset: number; generation: number; inUse: boolean }>();
    const subsection = /\s*(\d+)\s+(\d+)[ \t]*(?:\r\n|\r|\n)/y;
    let position = offset + 'xref'.length;
    for (;;) {
      subsection.lastIndex = position;
      const header = subsection.exec(this.text);
      if (!header) break;
      position = subsection.lastIndex;
      for (let i = 0; i < Number(header[2]); i++, position += ENTRY_BYTES) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(this.text.slice(position, position + ENTRY_BYTES));
        if (!entry) return undefined;
        entries.set(Number(header[1]) + i, {
          offset: Number(entry[1]),
          generation: Number(entry[2]),
          inUse: entry[3] === 'n',
        });
      }
    }
    const trailerAt = this.text.indexOf('trailer', position);
    const trailerEnd = this.text.indexOf('startxref', trailerAt);
    if (trailerAt < 0 || trailerEnd < 0) return undefined;
    const trailer = this.text.slice(trailerAt, trailerEnd);
    const previous = /\/Prev\s+(\d+)/.exec(trailer);
    return { entries, trailer, previous: previous ? Number(previous[1]) : undefined };
  }
}

/** A PDF text string as UTF-16BE hex with a byte-order mark: any character, and only ASCII in the file. */
export function textString(value: string): string {
  const utf16be = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16be.toString('hex').toUpperCase()}>`;
}

/** D:YYYYMMDDHHmmSSZ, in UTC. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
