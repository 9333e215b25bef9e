import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PdfRenderer } from '../../../../shared/application/pdf-renderer';
import { PdfSigner } from '../../../../shared/application/pdf-signing';
import { Clock } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import { NoLettersInBatchError, PrintBatchNotFoundError } from '../../../domain/ordering.errors';
import { addressBlock } from '../../../domain/postal-address';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { OrderingSettings } from '../../ports/ordering-settings';
import { LetterQrCodes } from '../../ports/qr-codes';
import { BatchLettersFile, RenderBatchLetters } from './render-batch-letters.query';

/** Letters are made from today's achievement facts: a corrected record prints corrected. */
@QueryHandler(RenderBatchLetters)
export class RenderBatchLettersHandler implements IQueryHandler<RenderBatchLetters, BatchLettersFile> {
  constructor(
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
    private readonly directory: CandidateDirectory,
    private readonly pdf: PdfRenderer,
    private readonly clock: Clock,
    private readonly signer: PdfSigner,
    private readonly settings: OrderingSettings,
    private readonly qrCodes: LetterQrCodes,
  ) {}

  async execute({ batchId }: RenderBatchLetters): Promise<BatchLettersFile> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw new PrintBatchNotFoundError();
    const wanted = (await this.orders.listInBatch(batch.id)).flatMap((order) =>
      order.lines.filter((l) => l.productCode === 'poq-letter').map((line) => ({ order, line })),
    );
    if (wanted.length === 0) throw new NoLettersInBatchError();
    const facts = new Map(
      (await this.directory.achievements(wanted.map((w) => w.line.certificateNumber))).map((a) => [
        a.certificateNumber,
        a,
      ]),
    );
    const letters = await Promise.all(
      wanted.map(async ({ order, line }) => {
        const a = order.deliveryAddress;
        const achievement = facts.get(line.certificateNumber);
        const url = achievement ? `${this.settings.publicUrl}/verify/${achievement.verificationCode}` : null;
        return {
          orderNumber: order.number,
          address: addressBlock(a),
          fullName: achievement?.fullName ?? a.fullName,
          candidateNumber: order.candidateNumber,
          title: achievement?.title ?? line.qualificationTitle,
          qualificationNumber: achievement?.qualificationNumber ?? null,
          certificateNumber: line.certificateNumber,
          issueDate: achievement?.issueDate ?? null,
          grade: achievement?.grade ?? null,
          verification:
            achievement && url
              ? {
                  code: achievement.verificationCode,
                  url,
                  qrCodeDataUrl: await this.qrCodes.imageDataUrl(url),
                }
              : null,
        };
      }),
    );
    const rendered = await this.pdf.render({
      template: 'poq-letter',
      title: `Proof of qualification letters, print batch ${batch.number}`,
      subject: 'Proof of qualification',
      data: {
        // An instant, which the template shows as the UK's date: just after midnight in summer the UTC
        // date would still be yesterday's.
        issuedAt: this.clock.now().toISOString(),
        letters,
        signatory: this.settings.signatory,
        // The batch is the print house's business: the letters themselves carry no batch heading.
        hideTitle: true,
      },
    });
    const pdf = await this.signer.sign(rendered, this.settings.letterSignature);
    return { filename: `print-batch-${batch.number}-letters.pdf`, pdf };
  }
}
