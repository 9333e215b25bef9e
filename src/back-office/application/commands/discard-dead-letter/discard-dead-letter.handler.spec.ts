import { DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { DeadLetterQueue } from '../../testing/in-memory-back-office';
import { DiscardDeadLetter } from './discard-dead-letter.command';
import { DiscardDeadLetterHandler } from './discard-dead-letter.handler';

describe('DiscardDeadLetterHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

  it('forgets the job for good, then records who asked', async () => {
    const queue = new DeadLetterQueue(['job-1']);
    const audit = new RecordingAuditLog();
    await new DiscardDeadLetterHandler(queue, new DirectUnitOfWork(), audit).execute(
      new DiscardDeadLetter('job-1', actor),
    );
    expect(queue.discarded).toEqual(['job-1']);
    expect(audit.entries).toEqual([
      {
        actorId: 'staff-1',
        action: 'platform.job-discarded',
        targetType: 'job',
        targetId: 'job-1',
        ip: '192.0.2.1',
      },
    ]);
  });

  it('refuses a job that is not dead-lettered, and records nothing', async () => {
    const queue = new DeadLetterQueue([]);
    const audit = new RecordingAuditLog();
    await expect(
      new DiscardDeadLetterHandler(queue, new DirectUnitOfWork(), audit).execute(
        new DiscardDeadLetter('gone', actor),
      ),
    ).rejects.toMatchObject({ code: 'PLATFORM.JOB_NOT_FOUND' });
    expect(audit.entries).toEqual([]);
  });
});
