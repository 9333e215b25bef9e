import { EntityManager, MikroORM, RequestContext } from '@mikro-orm/core';
import {
  currentEntityManager,
  isInTransaction,
  runInLazyScope,
} from '../../../src/shared/infrastructure/database/lazy-request-context';
import { SEND_EMAIL_TOPIC } from '../../../src/shared/application/email-outbox';
import { JobWorker } from '../../../src/shared/infrastructure/queue/job-worker';
import { createTestApp, TestApp } from '../../support/app';
import { entityManagersForkedDuring } from '../../support/entity-managers';
import { GOOD_PASSWORD, staffToken } from '../../support/identity';
import { candidateWithToken } from '../achievements/achievements-fixtures';

// Each request's (and job's) entity manager is forked when it is first used (lazy-request-context.ts).
describe('The entity manager of a request', () => {
  let t: TestApp;
  let root: EntityManager;
  let token: string;
  let email: string;

  beforeAll(async () => {
    t = await createTestApp();
    root = t.app.get(MikroORM).em;
    const staff = await staffToken(t);
    ({ token, email } = await candidateWithToken(t, staff, '7100001'));
  });

  afterAll(() => t.close());

  /** The request's status and how many entity managers were forked from the root while it ran. */
  const forksDuring = async (request: () => PromiseLike<{ status: number }>) => {
    const { result, forks } = await entityManagersForkedDuring(request, root);
    return { status: result.status, forks };
  };

  it('is not made for a request that reads only through the connection', async () => {
    const list = () => t.http().get('/api/v1/me/achievements').set('Authorization', `Bearer ${token}`);
    await list(); // the principal is now kept (ADR 0026)
    expect(await forksDuring(list)).toEqual({ status: 200, forks: 0 });
    // The page reads the same list and the header's basket summary.
    const page = () => t.http().get('/documents').set('Authorization', `Bearer ${token}`);
    expect(await forksDuring(page)).toEqual({ status: 200, forks: 0 });
  });

  it('is the only one a login makes (the lockout and the login itself are statements of their own)', async () => {
    const { result, forks } = await entityManagersForkedDuring(async () =>
      t.http().post('/api/v1/auth/token').send({ email, password: GOOD_PASSWORD }),
    );
    expect(result.status).toBe(200);
    expect(forks).toBe(1);
  });

  it('is made once for a request that changes something', async () => {
    const change = () =>
      t
        .http()
        .patch('/api/v1/me/profile')
        .set('Authorization', `Bearer ${token}`)
        .send({ telephone: '01632 960001' });
    expect(await forksDuring(change)).toEqual({ status: 200, forks: 1 });
  });

  it('is the same one for the whole request, and not shared with another', async () => {
    const seen = await Promise.all(
      [1, 2].map(() =>
        runInLazyScope(root, async () => {
          const first = currentEntityManager(root.name);
          await new Promise((resolve) => setImmediate(resolve));
          return [first, currentEntityManager(root.name), root.getContext()];
        }),
      ),
    );
    for (const [first, again, resolved] of seen) {
      expect(first).toBeDefined();
      expect(again).toBe(first);
      expect(resolved).toBe(first);
      expect(first).not.toBe(root);
    }
    expect(seen[0][0]).not.toBe(seen[1][0]);
  });

  it('is not made to learn whether a read runs in a transaction (a kept read asks before it keeps)', async () => {
    const asked = await entityManagersForkedDuring(() =>
      runInLazyScope(root, async () => isInTransaction(root)),
    );
    expect(asked).toEqual({ result: false, forks: 0 });
    // Once the scope's entity manager runs a transaction, or another one does, the answer is MikroORM's.
    await runInLazyScope(root, async () => {
      await root.transactional(async () => expect(isInTransaction(root)).toBe(true));
      expect(isInTransaction(root)).toBe(false);
      await root.fork().transactional(async () => expect(isInTransaction(root)).toBe(true));
    });
  });

  it('is not made for a job that never touches the database (an email)', async () => {
    const job = {
      id: 'not-an-outbox-row',
      topic: SEND_EMAIL_TOPIC,
      payload: { to: 'someone@example.test', subject: 'Hello', template: 'test-message', data: {} },
    };
    const worker = t.app.get(JobWorker);
    expect(await forksDuring(async () => (await worker.run(job, 1), { status: 0 }))).toEqual({
      status: 0,
      forks: 0,
    });
  });

  it('is the nearer of a MikroORM request context and a scope, whichever was opened inside the other', async () => {
    await runInLazyScope(root, async () => {
      const request = currentEntityManager(root.name);
      await RequestContext.create(root, async () => {
        expect(currentEntityManager(root.name)).toBe(RequestContext.getEntityManager());
        expect(currentEntityManager(root.name)).not.toBe(request);
      });
      expect(currentEntityManager(root.name)).toBe(request);
    });
    await RequestContext.create(root, async () => {
      const command = RequestContext.getEntityManager();
      await runInLazyScope(root, async () => {
        const job = currentEntityManager(root.name);
        expect(job).toBeDefined();
        expect(job).not.toBe(command);
      });
      expect(currentEntityManager(root.name)).toBe(command);
    });
  });

  it('is none outside a request, so the global one is refused as before', () => {
    expect(currentEntityManager(root.name)).toBeUndefined();
    expect(() => root.getContext()).toThrow(/global/i);
  });
});
