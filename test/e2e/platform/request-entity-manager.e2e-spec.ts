import { EntityManager, MikroORM, RequestContext } from '@mikro-orm/core';
import {
  currentEntityManager,
  runInLazyRequestContext,
} from '../../../src/shared/infrastructure/database/lazy-request-context';
import { createTestApp, TestApp } from '../../support/app';
import { staffToken } from '../../support/identity';
import { candidateWithToken } from '../achievements/achievements-fixtures';

// Each request's entity manager is forked when the request first uses it (lazy-request-context.ts).
describe('The entity manager of a request', () => {
  let t: TestApp;
  let root: EntityManager;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    root = t.app.get(MikroORM).em;
    const staff = await staffToken(t);
    ({ token } = await candidateWithToken(t, staff, '7100001'));
  });

  afterAll(() => t.close());

  const forksDuring = async (request: () => PromiseLike<{ status: number }>) => {
    const fork = jest.spyOn(root, 'fork');
    try {
      const res = await request();
      return { status: res.status, forks: fork.mock.calls.length };
    } finally {
      fork.mockRestore();
    }
  };

  it('is not made for a request that reads only through the connection', async () => {
    const list = () => t.http().get('/api/v1/me/achievements').set('Authorization', `Bearer ${token}`);
    await list(); // the principal is now kept (ADR 0026)
    expect(await forksDuring(list)).toEqual({ status: 200, forks: 0 });
    // The page reads the same list and the header's basket summary.
    const page = () => t.http().get('/documents').set('Authorization', `Bearer ${token}`);
    expect(await forksDuring(page)).toEqual({ status: 200, forks: 0 });
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
        runInLazyRequestContext(root, async () => {
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

  it('gives way to a request context opened inside the request (a job run in this process)', async () => {
    await runInLazyRequestContext(root, async () => {
      const request = currentEntityManager(root.name);
      await RequestContext.create(root, async () => {
        expect(currentEntityManager(root.name)).toBe(RequestContext.getEntityManager());
        expect(currentEntityManager(root.name)).not.toBe(request);
      });
      expect(currentEntityManager(root.name)).toBe(request);
    });
  });

  it('is none outside a request, so the global one is refused as before', () => {
    expect(currentEntityManager(root.name)).toBeUndefined();
    expect(() => root.getContext()).toThrow(/global/i);
  });
});
