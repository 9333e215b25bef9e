import { Query } from '@nestjs/cqrs';

export interface BatchLettersFile {
  filename: string;
  pdf: Buffer;
}

/** The print house's PDF of a batch's proof of qualification letters, one page each. */
export class RenderBatchLetters extends Query<BatchLettersFile> {
  constructor(readonly batchId: string) {
    super();
  }
}
