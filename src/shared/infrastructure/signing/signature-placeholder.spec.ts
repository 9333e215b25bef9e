import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { withDocumentInfo } from '../pdf/pdf-document-info';
import { SignaturePlaceholder, withSignaturePlaceholder } from './signature-placeholder';

const PLACEHOLDER: SignaturePlaceholder = {
  reason: 'Issued by Veri Awarding Body',
  location: 'United Kingdom',
  name: 'Veri Awarding Body',
  contactInfo: '',
  signingTime: new Date('2026-12-06T12:00:00Z'),
  signatureLength: 64,
  subFilter: 'ETSI.CAdES.detached',
};

/** Two pages with classic cross-reference tables, then Veri's document information: the shape Chromium's PDFs have. */
async function chromiumShapedPdf(change?: (document: PDFDocument) => void): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage().drawText('Certificate of Achievement');
  document.addPage();
  change?.(document);
  const saved = Buffer.from(await document.save({ useObjectStreams: false }));
  return withDocumentInfo(saved, { title: 'Certificate', createdAt: new Date('2026-12-06T11:00:00Z') });
}

const linkAnnotation = (document: PDFDocument) =>
  document.context.register(
    document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], Border: [0, 0, 0] }),
  );

async function fieldOf(pdf: Buffer) {
  const document = await PDFDocument.load(pdf);
  const annots = document.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
  const widget = document.context.lookup(annots.get(annots.size() - 1), PDFDict);
  const signature = widget.lookup(PDFName.of('V'), PDFDict);
  const form = document.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  return { document, annots, widget, signature, form };
}

describe('withSignaturePlaceholder', () => {
  it('appends the signature field as an incremental update, leaving every byte before it as it was', async () => {
    const original = await chromiumShapedPdf();
    const prepared = withSignaturePlaceholder(original, PLACEHOLDER)!;

    expect(prepared.subarray(0, original.length).equals(original)).toBe(true);
    const { document, annots, widget, signature, form } = await fieldOf(prepared);
    expect(document.getPageCount()).toBe(2);
    expect(annots.size()).toBe(1);
    expect(widget.get(PDFName.of('FT'))).toBe(PDFName.of('Sig'));
    expect(widget.get(PDFName.of('P'))).toBe(document.getPage(0).ref);
    expect(
      document
        .getForm()
        .getFields()
        .map((field) => field.getName()),
    ).toEqual(['Signature1']);
    expect(form.lookup(PDFName.of('SigFlags'), PDFNumber).asNumber()).toBe(3);
    expect(signature.get(PDFName.of('SubFilter'))).toBe(PDFName.of('ETSI.CAdES.detached'));
    expect(signature.lookup(PDFName.of('Contents'), PDFHexString).asString()).toBe('0'.repeat(128));
    expect(signature.lookup(PDFName.of('Reason'), PDFHexString).decodeText()).toBe(PLACEHOLDER.reason);
    // What @signpdf looks for to fill in the signed ranges.
    expect(prepared.toString('latin1')).toContain('/ByteRange [0 /********** /********** /**********]');
    // The document information of the revision before is still the one readers see.
    expect(document.getTitle()).toBe('Certificate');
  });

  it("adds the widget after the first page's own annotations", async () => {
    let link: PDFRef | undefined;
    const original = await chromiumShapedPdf((document) => {
      link = linkAnnotation(document);
      document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([link]));
    });

    const { annots, widget } = await fieldOf(withSignaturePlaceholder(original, PLACEHOLDER)!);
    expect(annots.size()).toBe(2);
    expect(annots.get(0)).toEqual(link);
    expect(widget.get(PDFName.of('Subtype'))).toBe(PDFName.of('Widget'));
  });

  it.each([
    [
      'cross-reference streams',
      async () => {
        const document = await PDFDocument.create();
        document.addPage();
        return Buffer.from(await document.save({ useObjectStreams: true }));
      },
    ],
    [
      'a form already there',
      () =>
        chromiumShapedPdf((document) => {
          document.getForm().createTextField('name').addToPage(document.getPage(0));
        }),
    ],
    [
      'annotations held by reference',
      () =>
        chromiumShapedPdf((document) => {
          const annots = document.context.register(document.context.obj([linkAnnotation(document)]));
          document.getPage(0).node.set(PDFName.of('Annots'), annots);
        }),
    ],
  ])('leaves a file with %s to pdf-lib', async (_, pdf) => {
    expect(withSignaturePlaceholder(await pdf(), PLACEHOLDER)).toBeUndefined();
  });
});
