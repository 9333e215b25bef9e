import { FileStorage } from '../file-storage';
import { PdfRenderer, PdfRenderRequest } from '../pdf-renderer';
import { PdfSignatureDetails, PdfSigner } from '../pdf-signing';

/** File storage in a map, keyed as the real one is. */
export class InMemoryFileStorage extends FileStorage {
  readonly files = new Map<string, { bytes: Buffer; contentType: string }>();

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    this.files.set(key, { bytes, contentType });
  }
  async get(key: string): Promise<Buffer | undefined> {
    return this.files.get(key)?.bytes;
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
}

/** "Renders" a PDF whose bytes name the template and data; keeps every request. */
export class RecordingPdfRenderer extends PdfRenderer {
  readonly requests: PdfRenderRequest[] = [];

  async render(request: PdfRenderRequest): Promise<Buffer> {
    this.requests.push(request);
    return Buffer.from(`%PDF-1.7 ${request.template} ${JSON.stringify(request.data)}`);
  }
  async health() {
    return { up: true };
  }
  async close(): Promise<void> {}
}

/** Appends a marker instead of a PAdES signature. */
export class MarkingPdfSigner extends PdfSigner {
  readonly certificateFingerprint = 'test-cert';

  async sign(pdf: Buffer, details: PdfSignatureDetails): Promise<Buffer> {
    return Buffer.concat([pdf, Buffer.from(` signed by ${details.signerName}`)]);
  }
}
