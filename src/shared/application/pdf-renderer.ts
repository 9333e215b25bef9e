import { DomainError } from '../domain/domain-error';

/**
 * A document to render: `template` names templates/pdf/<template>.hbs, rendered with `data` inside the
 * shared layout (templates/pdf/partials/layout.hbs). Images must be inlined as data: URLs (QR codes
 * included): rendered pages have no network access.
 */
export interface PdfRenderRequest {
  template: string;
  data: Record<string, unknown>;
  /** The document title: the HTML <title> and the PDF's Title metadata. */
  title?: string;
  /** The PDF's Subject metadata. */
  subject?: string;
  /** The document's verification code, kept in its metadata so that a signature check can find it. */
  verificationCode?: string;
}

export interface PdfRendererHealth {
  up: boolean;
  detail?: string;
}

/**
 * Renders branded A4 PDFs from templates. Rendering is slow and bounded (a pool of pages), so call it
 * from queued jobs, never inside a request's transaction.
 */
export abstract class PdfRenderer {
  /**
   * @throws PdfUnavailableError when no renderer can run (kind 'unavailable', HTTP 503)
   * @throws PdfRenderTimeoutError when the document takes longer than the configured render timeout
   */
  abstract render(request: PdfRenderRequest): Promise<Buffer>;

  /** For readiness checks: never launches anything, never throws. */
  abstract health(): Promise<PdfRendererHealth>;

  abstract close(): Promise<void>;
}

export const PDF_UNAVAILABLE = 'PLATFORM.PDF_UNAVAILABLE';
export const PDF_RENDER_TIMEOUT = 'PLATFORM.PDF_RENDER_TIMEOUT';

/** No renderer can run here (Chromium missing, failed to start, or stopped while rendering). */
export class PdfUnavailableError extends DomainError {
  constructor(message: string) {
    super(PDF_UNAVAILABLE, message, 'unavailable');
  }
}

/** The document did not finish within the render timeout; the page was thrown away. */
export class PdfRenderTimeoutError extends DomainError {
  constructor(timeoutMs: number) {
    super(PDF_RENDER_TIMEOUT, `The document did not finish rendering within ${timeoutMs} ms.`, 'unavailable');
  }
}
