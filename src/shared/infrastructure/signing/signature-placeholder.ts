import { DEFAULT_BYTE_RANGE_PLACEHOLDER } from '@signpdf/utils';
import { PdfObject, PdfRef, PdfRevisions, pdfDate, refAt, refText, textString } from '../pdf/pdf-revision';

export interface SignaturePlaceholder {
  reason: string;
  location: string;
  name: string;
  contactInfo: string;
  signingTime: Date;
  /** Bytes kept for the CMS: the placeholder is twice as many hex zeros. */
  signatureLength: number;
  subFilter: string;
}

const PRINT = 4; // annotation flag: printed with the page (PDF 32000-1, 12.5.3)
const SIGNATURES_EXIST_APPEND_ONLY = 3; // SigFlags (12.7.2)

/**
 * Adds an invisible signature field and its empty placeholder to a PDF as an incremental update (PDF 32000-1,
 * 7.5.6): the dictionaries @signpdf's pdf-lib placeholder writes (the signature with its ByteRange and Contents
 * placeholders, the widget on the first page with an empty appearance, the form), appended after the bytes
 * Chromium wrote, which stay as they were. Only the catalog, the page tree's root and the first page are read;
 * pdf-lib parsed and wrote every object again, about two thirds of a signature's time (docs/benchmarks.md).
 *
 * For a file of another shape (cross-reference streams, a form already there, a first page deeper in the page
 * tree, annotations held by reference) it answers undefined, and the caller adds the placeholder with pdf-lib.
 */
export function withSignaturePlaceholder(pdf: Buffer, placeholder: SignaturePlaceholder): Buffer | undefined {
  const revisions = new PdfRevisions(pdf);
  const trailer = revisions.trailer();
  if (!trailer) return undefined;
  const catalog = revisions.object(trailer.root, trailer);
  if (!catalog || !isDictionary(catalog) || /\/AcroForm\b/.test(catalog.body)) return undefined;
  const pages = refAt(catalog.body, 'Pages');
  const tree = pages && revisions.object(pages, trailer);
  const first = tree && isDictionary(tree) ? refAt(tree.body, 'Kids') : undefined;
  const page = first && revisions.object(first, trailer);
  if (!page || !isDictionary(page) || !/\/Type\s*\/Page(?![A-Za-z])/.test(page.body)) return undefined;

  const [signature, appearance, widget, form] = [0, 1, 2, 3].map((i) => ({
    number: trailer.size + i,
    generation: 0,
  }));
  const annotated = withAnnotation(page, widget);
  if (!annotated) return undefined;
  const objects: PdfObject[] = [
    { ...signature, body: signatureDictionary(placeholder) },
    {
      ...appearance,
      body:
        '<</Type /XObject /Subtype /Form /BBox [0 0 0 0] /Matrix [1 0 0 1 0 0] /Resources <<>> /Length 0>>\n' +
        'stream\n\nendstream',
    },
    {
      ...widget,
      body:
        `<</Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V ${refText(signature)} ` +
        `/T ${textString('Signature1')} /F ${PRINT} /P ${refText(page)} /AP <</N ${refText(appearance)}>>>>`,
    },
    { ...form, body: `<</Fields [${refText(widget)}] /SigFlags ${SIGNATURES_EXIST_APPEND_ONLY}>>` },
    { ...catalog, body: withEntry(catalog.body, `/AcroForm ${refText(form)}`) },
    annotated,
  ];
  return revisions.append(trailer, objects);
}

/** @signpdf finds `/ByteRange [0 /********** ...]` and fills it in, then the hex zeros after `/Contents `. */
function signatureDictionary(placeholder: SignaturePlaceholder): string {
  const range = `/${DEFAULT_BYTE_RANGE_PLACEHOLDER}`;
  return (
    `<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /${placeholder.subFilter} ` +
    `/ByteRange [0 ${range} ${range} ${range}] ` +
    `/Contents <${'0'.repeat(placeholder.signatureLength * 2)}> ` +
    `/Reason ${textString(placeholder.reason)} /M (${pdfDate(placeholder.signingTime)}) ` +
    `/ContactInfo ${textString(placeholder.contactInfo)} /Name ${textString(placeholder.name)} ` +
    `/Location ${textString(placeholder.location)} /Prop_Build <</Filter <</Name /Adobe.PPKLite>>>>>>`
  );
}

/** The page with the widget added to its /Annots array, or given one; undefined if the array is by reference. */
function withAnnotation(page: PdfObject, widget: PdfRef): PdfObject | undefined {
  const annots = /\/Annots\s*(\[)?/.exec(page.body);
  if (!annots) return { ...page, body: withEntry(page.body, `/Annots [${refText(widget)}]`) };
  if (!annots[1]) return undefined;
  const close = page.body.indexOf(']', annots.index + annots[0].length);
  if (close < 0) return undefined;
  return { ...page, body: `${page.body.slice(0, close)} ${refText(widget)}${page.body.slice(close)}` };
}

/** A dictionary object (not a stream), so an entry can go before its closing `>>`. */
const isDictionary = (object: PdfObject) =>
  object.body.startsWith('<<') && object.body.endsWith('>>') && !/\bstream\b/.test(object.body);

const withEntry = (dictionary: string, entry: string) => `${dictionary.slice(0, -2)} ${entry}>>`;
