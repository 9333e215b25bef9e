import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { CreatePrintBatch } from '../../commands/create-print-batch/create-print-batch.command';
import { CreatePrintBatchHandler } from '../../commands/create-print-batch/create-print-batch.handler';
import { aPaidOrder, InMemoryOrders, InMemoryPrintBatches } from '../../testing/in-memory-ordering';
import { ExportPrintBatch } from './export-print-batch.query';
import { csvCell as cell } from '../../../../shared/application/csv';
import { ExportPrintBatchHandler } from './export-print-batch.handler';

describe('ExportPrintBatchHandler', () => {
  it('leaves the cells of missing address lines empty, never the word null', async () => {
    const orders = new InMemoryOrders();
    const batches = new InMemoryPrintBatches();
    orders.has(aPaidOrder({ number: 1001 }));
    const create = new CreatePrintBatchHandler(
      new RecordingUnitOfWork(orders, batches),
      orders,
      batches,
      new RecordingAuditLog(),
      clockAt(),
    );
    const { batchId } = await create.execute(new CreatePrintBatch({ accountId: 'staff-1', ip: null }));

    const { csv } = await new ExportPrintBatchHandler(batches, orders).execute(new ExportPrintBatch(batchId));

    const [, row] = csv.split('\r\n');
    expect(row).toContain(',Sam Eichen,1 High Street,,Leeds,,LS1 4AP,United Kingdom,');
    expect(csv).not.toMatch(/null|undefined/);
  });

  it('quotes as RFC 4180 says and never lets a spreadsheet run a cell', () => {
    expect(cell(null)).toBe('');
    expect(cell('Flat "2", Leeds')).toBe('"Flat ""2"", Leeds"');
    expect(cell('=SUM(A1)')).toBe("'=SUM(A1)");
  });
});
