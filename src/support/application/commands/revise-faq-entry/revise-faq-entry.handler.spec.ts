import { clockAt, DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { aFaqEntry, InMemoryFaqEntries } from '../../testing/in-memory-support';
import { ReviseFaqEntry } from './revise-faq-entry.command';
import { ReviseFaqEntryHandler } from './revise-faq-entry.handler';

describe('ReviseFaqEntryHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const entries = new InMemoryFaqEntries().has(
      aFaqEntry(0),
      aFaqEntry(1),
      aFaqEntry(2, { published: false }),
    );
    const audit = new RecordingAuditLog();
    const handler = new ReviseFaqEntryHandler(new DirectUnitOfWork(), entries, audit, clockAt());
    return { entries, audit, handler };
  };

  it('changes the question and answer, keeps whether it is shown when not told, and records who', async () => {
    const { entries, audit, handler } = setUp();
    await handler.execute(
      new ReviseFaqEntry('faq-2', { question: ' Still a draft? ', answer: 'Yes.' }, actor),
    );
    const entry = (await entries.byId('faq-2'))!;
    expect([entry.question, entry.answer, entry.published, entry.position]).toEqual([
      'Still a draft?',
      'Yes.',
      false,
      2,
    ]);
    expect(entry.updatedAt).toEqual(new Date('2026-11-30T09:00:00Z'));
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'support.faq-entry-revised', targetId: 'faq-2', actorId: 'staff-1' }),
    ]);
  });

  it('swaps places with the entry at the position asked for', async () => {
    const { entries, handler } = setUp();
    await handler.execute(new ReviseFaqEntry('faq-2', { question: 'Q?', answer: 'A.', position: 0 }, actor));
    expect(entries.questions()).toEqual(['Q?', 'Question 1?', 'Question 0?']);
    expect(entries.positionsAreUnique()).toBe(true);
  });

  it('refuses an unknown entry and an empty answer, recording nothing', async () => {
    const { entries, audit, handler } = setUp();
    await expect(
      handler.execute(new ReviseFaqEntry('faq-9', { question: 'Q?', answer: 'A.' }, actor)),
    ).rejects.toMatchObject({ code: 'SUPPORT.FAQ_ENTRY_NOT_FOUND' });
    await expect(
      handler.execute(new ReviseFaqEntry('faq-0', { question: 'Q?', answer: ' ' }, actor)),
    ).rejects.toMatchObject({ code: 'SUPPORT.FAQ_ANSWER_REQUIRED' });
    expect((await entries.byId('faq-0'))!.question).toBe('Question 0?');
    expect(audit.entries).toEqual([]);
  });
});
