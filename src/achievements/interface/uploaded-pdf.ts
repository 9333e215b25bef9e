import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';

/** The largest PDF anyone may upload for a check. */
export const UPLOADED_PDF_LIMIT_BYTES = 10 * 1024 * 1024;

/** Per client address and minute: a person checks a few documents, not hundreds. */
export const DOCUMENT_CHECK_THROTTLE = { default: { limit: 10, ttl: 60_000 } };

export const UPLOAD_OPTIONS = { limits: { fileSize: UPLOADED_PDF_LIMIT_BYTES, files: 1, fields: 2 } };

/**
 * The uploaded file's bytes, when they are a PDF by content (the "%PDF-" header within the first
 * kilobyte, as PDF readers accept it); the file name and the declared type are not trusted.
 */
export function uploadedPdf(file: { buffer: Buffer } | undefined): Buffer {
  if (!file || file.buffer.length === 0) throw new BadRequestException('Choose a PDF file to check.');
  if (!file.buffer.subarray(0, 1024).includes('%PDF-')) {
    throw new UnsupportedMediaTypeException(
      'This file is not a PDF. Choose the PDF document you were given.',
    );
  }
  return file.buffer;
}
