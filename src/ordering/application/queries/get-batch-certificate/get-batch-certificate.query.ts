import { Query } from '@nestjs/cqrs';

export interface BatchCertificateFile {
  filename: string;
  pdf: Buffer;
}

/**
 * The eCertificate of a certificate reprint in a print batch, for the print house. Only documents the
 * batch holds are served; certificates issued before 1 November 2017 have none (422 from Achievements).
 */
export class GetBatchCertificate extends Query<BatchCertificateFile> {
  constructor(
    readonly batchId: string,
    readonly certificateNumber: string,
  ) {
    super();
  }
}
