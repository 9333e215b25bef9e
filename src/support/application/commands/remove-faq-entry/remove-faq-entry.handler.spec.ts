import { DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { aFaqEntry, InMemoryFaqEntries } from '../../testing/in-memory-support';
import { RemoveFaqEntry } from './remove-faq-entry.command';
import { RemoveFaqEntryHandler } from './remove-faq-entry.handler';

describe('RemoveFaqEntryHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

  it('removes the entry and keeps its question in the audit trail', async () => {
    const entries = new InMemoryFaqEntries().has(aFaqEntry(0), aFaqEntry(1));
    const audit = new RecordingAuditLog();
    await new RemoveFaqEntryHandler(new DirectUnitOfWork(), entries, audit).execute(
      new RemoveFaqEntry('faq-0', actor),
    );
    expect(entries.questions()).toEqual(['Question 1?']);
    expect(audit.entries).toEqual([
      {
        actorId: 'staff-1',
        action: 'support.faq-entry-removed',
        targetType: 'faq-entry',
        targetId: 'faq-0',
        ip: '192.0.2.1',
        details: { question: 'Question 0?' },
      },
    ]);
  });

  it('refuses an entry that is not there', async () => {
    const audit = new RecordingAuditLog();
    await expect(
      new RemoveFaqEntryHandler(new DirectUnitOfWork(), new InMemoryFaqEntries(), audit).execute(
        new RemoveFaqEntry('faq-0', actor),
      ),
    ).rejects.toMatchObject({ code: 'SUPPORT.FAQ_ENTRY_NOT_FOUND' });
    expect(audit.entries).toEqual([]);
  });
});
