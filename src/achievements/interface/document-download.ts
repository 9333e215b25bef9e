import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DocumentFile } from '../application/services/achievement-documents';

/**
 * A PDF as a download: an attachment with a clear file name, never kept by a shared cache or the
 * browser (they are personal documents).
 */
export function sendDocument(res: Response, file: DocumentFile): StreamableFile {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'private, no-store',
    'Content-Length': String(file.content.length),
  });
  return new StreamableFile(file.content);
}
