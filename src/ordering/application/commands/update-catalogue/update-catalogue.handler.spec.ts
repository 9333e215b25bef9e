import { clockAt, DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { InMemoryCatalogue } from '../../testing/in-memory-ordering';
import { UpdateCatalogue } from './update-catalogue.command';
import { UpdateCatalogueHandler } from './update-catalogue.handler';

describe('UpdateCatalogueHandler', () => {
  const actor = { accountId: 'staff-1', ip: '203.0.113.9' };
  const setUp = () => {
    const catalogue = new InMemoryCatalogue();
    const audit = new RecordingAuditLog();
    const handler = new UpdateCatalogueHandler(
      new DirectUnitOfWork(),
      catalogue,
      audit,
      clockAt('2026-11-30T09:00:00Z'),
    );
    return { catalogue, audit, handler };
  };

  it('reprices products and delivery options, each change in the audit log', async () => {
    const { catalogue, audit, handler } = setUp();
    await handler.execute(
      new UpdateCatalogue(
        [{ code: 'certificate-reprint', name: ' Certificate reprint ', pricePence: 2999, vatRateBps: 2000 }],
        [{ code: 'royal-mail-signed-for-1st', name: 'First class', pricePence: 400, vatRateBps: 2000 }],
        actor,
      ),
    );
    expect(await catalogue.product('certificate-reprint')).toMatchObject({
      name: 'Certificate reprint',
      pricePence: 2999,
      updatedAt: new Date('2026-11-30T09:00:00Z'),
    });
    expect(await catalogue.deliveryOption('royal-mail-signed-for-1st')).toMatchObject({ pricePence: 400 });
    expect(audit.entries.map((e) => [e.action, e.targetId, e.actorId])).toEqual([
      ['ordering.product-repriced', 'certificate-reprint', 'staff-1'],
      ['ordering.delivery-option-repriced', 'royal-mail-signed-for-1st', 'staff-1'],
    ]);
  });

  it('refuses an unknown code or a malformed price, naming the field', async () => {
    const { handler } = setUp();
    await expect(
      handler.execute(
        new UpdateCatalogue([{ code: 'mug', name: 'Mug', pricePence: 500, vatRateBps: 2000 }], [], actor),
      ),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'products[0].code' })] });
    await expect(
      handler.execute(
        new UpdateCatalogue(
          [],
          [{ code: 'royal-mail-signed-for-1st', name: 'First class', pricePence: -1, vatRateBps: 2000 }],
          actor,
        ),
      ),
    ).rejects.toMatchObject({
      details: [expect.objectContaining({ field: expect.stringContaining('deliveryOptions[0]') })],
    });
  });
});
