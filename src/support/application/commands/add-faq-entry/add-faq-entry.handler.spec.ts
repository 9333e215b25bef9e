import { clockAt, DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { aFaqEntry, InMemoryFaqEntries } from '../../testing/in-memory-support';
import { AddFaqEntry } from './add-faq-entry.command';
import { AddFaqEntryHandler } from './add-faq-entry.handler';

describe('AddFaqEntryHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const entries = new InMemoryFaqEntries().has(aFaqEntry(0), aFaqEntry(1));
    const audit = new RecordingAuditLog();
    const handler = new AddFaqEntryHandler(new DirectUnitOfWork(), entries, audit, clockAt());
    return { entries, audit, handler };
  };

  it('puts a new entry last unless told where, and records who added it', async () => {
    const { entries, audit, handler } = setUp();
    const { id } = await handler.execute(new AddFaqEntry({ question: ' New? ', answer: 'Yes.' }, actor));
    expect(entries.questions()).toEqual(['Question 0?', 'Question 1?', 'New?']);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'support.faq-entry-added', targetId: id, actorId: 'staff-1' }),
    ]);
  });

  it('swaps with the entry that held the position asked for, keeping positions unique', async () => {
    const { entries, handler } = setUp();
    await handler.execute(new AddFaqEntry({ question: 'First?', answer: 'Yes.', position: 0 }, actor));
    expect(entries.questions()).toEqual(['First?', 'Question 1?', 'Question 0?']);
    expect(entries.positionsAreUnique()).toBe(true);
  });

  it('refuses an empty question and adds nothing', async () => {
    const { entries, audit, handler } = setUp();
    await expect(
      handler.execute(new AddFaqEntry({ question: '  ', answer: 'A' }, actor)),
    ).rejects.toMatchObject({
      code: 'SUPPORT.FAQ_QUESTION_REQUIRED',
    });
    expect(entries.all).toHaveLength(2);
    expect(audit.entries).toHaveLength(0);
  });
});
