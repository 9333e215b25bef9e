import { withDocumentInfo } from './pdf-document-info';

/** A one-page PDF with a classic cross-reference table and an Info dictionary, as Chromium writes them. */
function minimalPdf({ info = true } = {}): Buffer {
  const objects = [
    '<</Title (Old title) /Producer (Skia/PDF)>>',
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R${info ? '\n/Info 1 0 R' : ''}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}

/**
 * Follows the update the way a PDF reader does: the last startxref, its cross-reference section, the
 * trailer's /Info reference, and the object at the offset the section gives for it.
 */
function readUpdate(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  const section = /^xref\n(\d+) 1\n(\d{10}) (\d{5}) n \ntrailer\n<<(.*)>>\n/.exec(text.slice(xrefAt))!;
  const [, objectNumber, offset, generation, trailer] = section;
  const info = /\/Info (\d+) (\d+) R/.exec(trailer)!;
  expect([info[1], Number(info[2])]).toEqual([objectNumber, Number(generation)]);
  const object = text.slice(Number(offset));
  expect(object.startsWith(`${objectNumber} ${Number(generation)} obj\n<<`)).toBe(true);
  const dictionary = object.slice(0, object.indexOf('>>'));
  const entries: Record<string, string> = {};
  for (const [, key, hex] of dictionary.matchAll(/\/(\w+) <FEFF([0-9A-F]*)>/g)) {
    entries[key] = Buffer.from(hex, 'hex').swap16().toString('utf16le');
  }
  for (const [, key, literal] of dictionary.matchAll(/\/(\w+) \(([^)]*)\)/g)) entries[key] = literal;
  return { objectNumber: Number(objectNumber), trailer, entries };
}

describe('withDocumentInfo', () => {
  const info = {
    title: 'eCertificate – Zoë Brontë',
    subject: 'Level 3 Diploma (units)',
    author: 'Veri Awarding Body',
    creator: 'Veri Awarding Body',
    producer: 'Veri',
    createdAt: new Date('2017-01-04T09:30:00Z'),
  };

  it('appends a new Info dictionary as an incremental update, keeping the original bytes', () => {
    const original = minimalPdf();

    const updated = withDocumentInfo(original, info);

    expect(updated.subarray(0, original.length).equals(original)).toBe(true);
    const { objectNumber, trailer, entries } = readUpdate(updated);
    expect(objectNumber).toBe(1);
    expect(trailer).toContain('/Root 2 0 R');
    expect(trailer).toContain(`/Prev ${/startxref\n(\d+)/.exec(original.toString('latin1'))![1]}`);
    expect(trailer).toContain('/Size 5');
    expect(entries).toEqual({
      Title: 'eCertificate – Zoë Brontë',
      Subject: 'Level 3 Diploma (units)',
      Author: 'Veri Awarding Body',
      Creator: 'Veri Awarding Body',
      Producer: 'Veri',
      CreationDate: 'D:20170104093000Z',
      ModDate: 'D:20170104093000Z',
    });
  });

  it('adds the Info dictionary as a new object to a file that had none', () => {
    const { objectNumber, trailer, entries } = readUpdate(
      withDocumentInfo(minimalPdf({ info: false }), info),
    );

    expect(objectNumber).toBe(5);
    expect(trailer).toContain('/Size 6');
    expect(entries.Title).toBe('eCertificate – Zoë Brontë');
  });

  it('leaves out what is not given', () => {
    const { entries } = readUpdate(
      withDocumentInfo(minimalPdf(), { title: 'Only a title', createdAt: info.createdAt }),
    );

    expect(Object.keys(entries).sort()).toEqual(['CreationDate', 'ModDate', 'Title']);
  });

  it('leaves a file it cannot update safely as it is', () => {
    const encrypted = Buffer.from(
      minimalPdf().toString('latin1').replace('/Root 2 0 R', '/Root 2 0 R /Encrypt 9 0 R'),
      'latin1',
    );
    const xrefStream = Buffer.from(
      '%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF',
      'latin1',
    );

    expect(withDocumentInfo(encrypted, info)).toBe(encrypted);
    expect(withDocumentInfo(xrefStream, info)).toBe(xrefStream);
  });
});
