import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import { PrintBatchNotFoundError } from '../../../domain/ordering.errors';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { BatchCertificateFile, GetBatchCertificate } from './get-batch-certificate.query';

@QueryHandler(GetBatchCertificate)
export class GetBatchCertificateHandler implements IQueryHandler<GetBatchCertificate, BatchCertificateFile> {
  constructor(
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
    private readonly directory: CandidateDirectory,
  ) {}

  async execute({ batchId, certificateNumber }: GetBatchCertificate): Promise<BatchCertificateFile> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw new PrintBatchNotFoundError();
    const order = (await this.orders.listInBatch(batch.id)).find((o) =>
      o.lines.some(
        (l) => l.productCode === 'certificate-reprint' && l.certificateNumber === certificateNumber,
      ),
    );
    if (!order)
      throw new NotFoundError(
        'ORDERING.NOT_IN_BATCH',
        'That certificate is not a reprint in this print batch.',
      );
    const file = await this.directory.certificatePdf(order.candidateNumber, certificateNumber);
    return { filename: `print-batch-${batch.number}-${file.fileName}`, pdf: file.content };
  }
}
