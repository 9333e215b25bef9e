import { clockAt, MarkingPdfSigner, RecordingPdfRenderer } from '../../../../shared/application/testing';
import { formatBritishDate } from '../../../../shared/infrastructure/templating/format-helpers';
import {
  aBasketItem,
  aPaidOrder,
  aPrintBatch,
  FakeCandidateDirectory,
  InMemoryOrders,
  InMemoryPrintBatches,
  SETTINGS,
} from '../../testing/in-memory-ordering';
import { RenderBatchLetters } from './render-batch-letters.query';
import { RenderBatchLettersHandler } from './render-batch-letters.handler';

describe('RenderBatchLettersHandler', () => {
  it("dates the letters with the UK's date, not UTC's, just after midnight in summer", async () => {
    const orders = new InMemoryOrders();
    const batches = new InMemoryPrintBatches();
    const order = aPaidOrder({ items: [aBasketItem({ productCode: 'poq-letter' })] });
    orders.has(order);
    const batch = aPrintBatch([order]);
    batches.has(batch);
    const pdf = new RecordingPdfRenderer();
    const handler = new RenderBatchLettersHandler(
      batches,
      orders,
      new FakeCandidateDirectory(),
      pdf,
      clockAt('2026-07-01T23:30:00Z'), // 00:30 on 2 July in the UK
      new MarkingPdfSigner(),
      SETTINGS,
      { imageDataUrl: async () => 'data:image/png;base64,' },
    );

    await handler.execute(new RenderBatchLetters(batch.id));

    const [{ template, data }] = pdf.requests;
    expect(template).toBe('poq-letter');
    expect(formatBritishDate(data.issuedAt as string)).toBe('2 July 2026');
  });
});
