// The two dead-letter commands follow one rule (act on the queue first, then record only what
// happened), so one spec covers both handlers.
import { DirectUnitOfWork, RecordingAuditLog } from '../../../shared/application/testing';
import { DeadLetterQueue } from '../testing/in-memory-back-office';
import { DiscardDeadLetter } from './discard-dead-letter/discard-dead-letter.command';
import { DiscardDeadLetterHandler } from './discard-dead-letter/discard-dead-letter.handler';
import { RetryDeadLetter } from './retry-dead-letter/retry-dead-letter.command';
import { RetryDeadLetterHandler } from './retry-dead-letter/retry-dead-letter.handler';

const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

describe.each([
  {
    handler: RetryDeadLetterHandler,
    command: (id: string) => new RetryDeadLetter(id, actor),
    action: 'platform.job-retried',
    done: (queue: DeadLetterQueue) => queue.retried,
  },
  {
    handler: DiscardDeadLetterHandler,
    command: (id: string) => new DiscardDeadLetter(id, actor),
    action: 'platform.job-discarded',
    done: (queue: DeadLetterQueue) => queue.discarded,
  },
])('$handler.name', ({ handler, command, action, done }) => {
  it(`acts on the dead-lettered job, then records ${action} and who asked`, async () => {
    const queue = new DeadLetterQueue(['job-1']);
    const audit = new RecordingAuditLog();
    await new handler(queue, new DirectUnitOfWork(), audit).execute(command('job-1') as never);
    expect(done(queue)).toEqual(['job-1']);
    expect(audit.entries).toEqual([
      { actorId: 'staff-1', action, targetType: 'job', targetId: 'job-1', ip: '192.0.2.1' },
    ]);
  });

  it('refuses a job that is not dead-lettered, and records nothing', async () => {
    const audit = new RecordingAuditLog();
    await expect(
      new handler(new DeadLetterQueue([]), new DirectUnitOfWork(), audit).execute(command('gone') as never),
    ).rejects.toMatchObject({ code: 'PLATFORM.JOB_NOT_FOUND' });
    expect(audit.entries).toEqual([]);
  });
});
