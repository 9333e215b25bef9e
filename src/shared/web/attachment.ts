import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

/** A file to be downloaded: its name as the person will see it, its type and its bytes. */
export interface AttachmentFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * A file as a download: an attachment with a safe file name, never kept by a shared cache or the
 * browser (the documents Veri sends are personal).
 */
export function sendAttachment(res: Response, file: AttachmentFile): StreamableFile {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'private, no-store',
    'Content-Length': String(file.content.length),
  });
  return new StreamableFile(file.content);
}
