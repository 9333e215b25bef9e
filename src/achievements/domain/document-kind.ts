/** The PDF documents of an achievement: the full certificate and the unit/credit transcript. */
export const DOCUMENT_KINDS = ['ecertificate', 'etranscript'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  ecertificate: 'eCertificate',
  etranscript: 'eTranscript',
};

/** Whether a document can be had, and if not, a reason a person understands. */
export interface DocumentAvailability {
  available: boolean;
  reason?: string;
}
