// Reads a rendered PDF back for assertions: its text, document information and page sizes.
// pdf-parse 1.x: 2.x cannot load under Jest (it needs --experimental-vm-modules).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
  options?: { pagerender?: (page: PdfPage) => Promise<string> },
) => Promise<{ numpages: number; text: string; info: Record<string, unknown> }>;

interface PdfPage {
  view: number[];
  getTextContent(): Promise<{ items: Array<{ str: string; transform: number[] }> }>;
}

export interface ReadPdf {
  text: string;
  /** Title, Subject, Author, Creator, Producer, ... as the PDF's document information says. */
  info: Record<string, unknown>;
  /** Width and height of each page in points (A4 is 595.28 x 841.89). */
  pageSizes: Array<{ width: number; height: number }>;
}

export async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const pageSizes: ReadPdf['pageSizes'] = [];
  const parsed = await pdfParse(pdf, {
    pagerender: async (page) => {
      const [x0, y0, x1, y1] = page.view;
      pageSizes.push({ width: x1 - x0, height: y1 - y0 });
      const content = await page.getTextContent();
      // A new line whenever the baseline moves, as pdf-parse does by default.
      let lastY: number | undefined;
      return content.items
        .map((item) => {
          const y = item.transform[5];
          const text = lastY === undefined || lastY === y ? item.str : `\n${item.str}`;
          lastY = y;
          return text;
        })
        .join('');
    },
  });
  return { text: parsed.text, info: parsed.info ?? {}, pageSizes };
}

/** Whether a page size is A4 portrait, within a point (Chromium rounds to its own units). */
export function isA4Portrait({ width, height }: { width: number; height: number }): boolean {
  return Math.abs(width - 595.28) < 1.5 && Math.abs(height - 841.89) < 1.5;
}
