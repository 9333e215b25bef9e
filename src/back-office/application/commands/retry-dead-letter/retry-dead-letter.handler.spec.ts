import { DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { DeadLetterQueue } from '../../testing/in-memory-back-office';
import { RetryDeadLetter } from './retry-dead-letter.command';
import { RetryDeadLetterHandler } from './retry-dead-letter.handler';

describe('RetryDeadLetterHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

  it('gives the job one more attempt, then records who asked', async () => {
    const queue = new DeadLetterQueue(['job-1']);
    const audit = new RecordingAuditLog();
    await new RetryDeadLetterHandler(queue, new DirectUnitOfWork(), audit).execute(
      new RetryDeadLetter('job-1', actor),
    );
    expect(queue.retried).toEqual(['job-1']);
    expect(audit.entries).toEqual([
      {
        actorId: 'staff-1',
        action: 'platform.job-retried',
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
      new RetryDeadLetterHandler(queue, new DirectUnitOfWork(), audit).execute(
        new RetryDeadLetter('gone', actor),
      ),
    ).rejects.toMatchObject({ code: 'PLATFORM.JOB_NOT_FOUND' });
    expect(audit.entries).toEqual([]);
  });
});
