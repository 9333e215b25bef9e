import { NotFoundError } from '../../domain/domain-error';
import { PermanentJobFailure, QueuedJob } from '../../application/job-queue';
import { InProcessJobQueue } from './in-process-job-queue';

const job = (id: string, topic = 'test.job'): QueuedJob => ({ id, topic, payload: { id } });

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('InProcessJobQueue', () => {
  let queue: InProcessJobQueue;

  beforeEach(() => {
    queue = new InProcessJobQueue({ attempts: 3, backoffMs: 5, concurrency: 2 });
  });

  afterEach(() => queue.close());

  it('runs each job id once, even when enqueued twice', async () => {
    const seen: string[] = [];
    await queue.consume(async (j) => void seen.push(j.id));
    await queue.enqueue(job('a'));
    await queue.enqueue(job('a'));
    await queue.enqueue(job('b'));
    await eventually(async () => (await queue.counts()).completed === 2);
    await queue.enqueue(job('a'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('holds jobs until a consumer starts', async () => {
    await queue.enqueue(job('a'));
    expect(await queue.counts()).toEqual({ waiting: 1, active: 0, delayed: 0, failed: 0, completed: 0 });
    const seen: string[] = [];
    await queue.consume(async (j) => void seen.push(j.id));
    await eventually(() => seen.length === 1);
  });

  it('retries with backoff and succeeds on a later attempt', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    await queue.consume(async (_, attempt) => {
      attempts.push({ attempt, at: Date.now() });
      if (attempt < 3) throw new Error('not yet');
    });
    await queue.enqueue(job('a'));
    await eventually(async () => (await queue.counts()).completed === 1);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    // 5 ms, then 10 ms (exponential).
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(9);
    expect(await queue.deadLetters()).toEqual([]);
  });

  it('dead-letters after the last attempt; a retry gives one more attempt; discard forgets it', async () => {
    let succeed = false;
    const attempts: number[] = [];
    await queue.consume(async (_, attempt) => {
      attempts.push(attempt);
      if (!succeed) throw new Error(`SMTP said no (${attempt})`);
    });
    await queue.enqueue(job('a', 'email.send'));
    await queue.enqueue(job('b'));
    await eventually(async () => (await queue.counts()).failed === 2);
    const [newest, oldest] = await queue.deadLetters();
    expect([newest.id, oldest.id].sort()).toEqual(['a', 'b']);
    const a = [newest, oldest].find((d) => d.id === 'a')!;
    expect(a).toMatchObject({
      topic: 'email.send',
      attempts: 3,
      lastError: 'SMTP said no (3)',
      payload: { id: 'a' },
    });
    expect(a.failedAt).toBeInstanceOf(Date);

    succeed = true;
    await queue.retryDeadLetter('a');
    await eventually(async () => (await queue.counts()).completed === 1);
    expect(attempts.filter((n) => n === 4)).toHaveLength(1);

    await queue.discardDeadLetter('b');
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, completed: 1 });
    await expect(queue.retryDeadLetter('b')).rejects.toBeInstanceOf(NotFoundError);
    await expect(queue.discardDeadLetter('a')).rejects.toMatchObject({ code: 'PLATFORM.JOB_NOT_FOUND' });
  });

  it('dead-letters a permanent failure at once', async () => {
    let calls = 0;
    await queue.consume(async () => {
      calls++;
      throw new PermanentJobFailure('unknown template');
    });
    await queue.enqueue(job('a'));
    await eventually(async () => (await queue.counts()).failed === 1);
    expect(calls).toBe(1);
    expect((await queue.deadLetters())[0]).toMatchObject({ attempts: 1, lastError: 'unknown template' });
  });

  it('runs at most `concurrency` jobs at once and lets jobs in flight finish on close', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    await queue.consume(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 30));
      active--;
      finished++;
    });
    for (const id of ['a', 'b', 'c', 'd']) await queue.enqueue(job(id));
    await eventually(() => active === 2);
    await queue.close();
    expect(finished).toBe(2);
    expect(most).toBe(2);
    await expect(queue.enqueue(job('e'))).rejects.toThrow(/closed/);
    expect(await queue.health()).toMatchObject({ adapter: 'in-process', up: false });
  });
});
