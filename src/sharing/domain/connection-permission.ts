/** The documents a connection may show of one achievement. */
export type SharedDocument = 'ecertificate' | 'etranscript';

export const SHARED_DOCUMENTS: readonly SharedDocument[] = ['ecertificate', 'etranscript'];

export interface ConnectionPermission {
  certificateNumber: string;
  documents: SharedDocument[];
}

/**
 * What the candidate holds and may share, as Achievements answers it: the only achievements a
 * permission may name. An achievement of another candidate is simply absent from this list.
 */
export interface ShareableDocumentSet {
  certificateNumber: string;
  title: string;
  /** Issued on or after 1 November 2017 and not revoked. */
  shareable: boolean;
  documents: { ecertificate: boolean; etranscript: boolean };
  reason: string | null;
}

/** Normalises a permission list: upper-case numbers, one entry per achievement, no empty entries, stable order. */
export function normalisePermissions(
  permissions: ReadonlyArray<{ certificateNumber: string; documents: readonly string[] }>,
): ConnectionPermission[] {
  const merged = new Map<string, Set<SharedDocument>>();
  for (const permission of permissions) {
    const number = permission.certificateNumber.trim().toUpperCase();
    const documents = merged.get(number) ?? new Set<SharedDocument>();
    for (const document of permission.documents) documents.add(document as SharedDocument);
    merged.set(number, documents);
  }
  return [...merged.entries()]
    .filter(([, documents]) => documents.size > 0)
    .map(([certificateNumber, documents]) => ({
      certificateNumber,
      documents: SHARED_DOCUMENTS.filter((document) => documents.has(document)),
    }))
    .sort((a, b) => a.certificateNumber.localeCompare(b.certificateNumber));
}
