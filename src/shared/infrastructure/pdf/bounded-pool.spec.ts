import { BoundedPool, PoolFactory } from './bounded-pool';

interface Resource {
  id: number;
  usable: boolean;
}

function factory(overrides: Partial<PoolFactory<Resource>> = {}) {
  let next = 0;
  const destroyed: number[] = [];
  const calls: PoolFactory<Resource> = {
    create: async () => ({ id: ++next, usable: true }),
    destroy: async (resource) => void destroyed.push(resource.id),
    isUsable: (resource) => resource.usable,
    ...overrides,
  };
  return { calls, destroyed };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('BoundedPool', () => {
  it('lends at most `size` resources and serves the waiting callers first come, first served', async () => {
    const pool = new BoundedPool(2, factory().calls);
    const first = await pool.acquire();
    const second = await pool.acquire();
    const order: string[] = [];
    const third = pool.acquire().then((lease) => (order.push('third'), lease));
    const fourth = pool.acquire().then((lease) => (order.push('fourth'), lease));
    await tick();
    expect(pool.stats()).toMatchObject({ inUse: 2, waiting: 2 });

    second.release();
    (await third).release();
    first.release();
    (await fourth).release();

    expect(order).toEqual(['third', 'fourth']);
    expect(pool.stats()).toEqual({ size: 2, inUse: 0, peakInUse: 2, idle: 2, waiting: 0, open: 2 });
  });

  it('reuses an idle resource instead of creating one', async () => {
    const pool = new BoundedPool(2, factory().calls);
    const lease = await pool.acquire();
    lease.release();

    const again = await pool.acquire();

    expect(again.resource).toBe(lease.resource);
    expect(pool.stats().open).toBe(1);
  });

  it('keeps the slot of a discarded resource until it is destroyed', async () => {
    let finishDestroy!: () => void;
    const { calls } = factory({ destroy: () => new Promise<void>((resolve) => (finishDestroy = resolve)) });
    const pool = new BoundedPool(1, calls);
    const stuck = await pool.acquire();
    let served = false;
    const next = pool.acquire().then((lease) => ((served = true), lease));

    stuck.discard();
    await tick();
    expect(served).toBe(false);
    finishDestroy();

    expect((await next).resource.id).toBe(2);
    expect(pool.stats()).toMatchObject({ inUse: 1, open: 1 });
  });

  it('destroys resources that can no longer serve instead of lending them', async () => {
    const { calls, destroyed } = factory();
    const pool = new BoundedPool(1, calls);
    const lease = await pool.acquire();
    lease.release();
    lease.resource.usable = false;

    const fresh = await pool.acquire();

    expect(fresh.resource.id).toBe(2);
    await tick();
    expect(destroyed).toEqual([1]);
  });

  it('frees the slot when creating a resource fails', async () => {
    let fail = true;
    const { calls } = factory();
    const create = calls.create;
    const pool = new BoundedPool(1, {
      ...calls,
      create: () => (fail ? Promise.reject(new Error('no browser')) : create()),
    });

    await expect(pool.acquire()).rejects.toThrow('no browser');
    fail = false;

    await expect(pool.acquire()).resolves.toBeDefined();
  });

  it('refuses the waiting callers and destroys the idle resources when drained', async () => {
    const { calls, destroyed } = factory();
    const pool = new BoundedPool(1, calls);
    const busy = await pool.acquire();
    const waiting = pool.acquire();

    await pool.drain(new Error('shutting down'));

    await expect(waiting).rejects.toThrow('shutting down');
    busy.release();
    await pool.drain(new Error('shutting down'));
    expect(destroyed).toEqual([1]);
    expect(pool.stats()).toMatchObject({ inUse: 0, idle: 0, waiting: 0, open: 0 });
  });

  it('ignores a second release of the same lease', async () => {
    const pool = new BoundedPool(1, factory().calls);
    const lease = await pool.acquire();
    lease.release();
    lease.release();
    lease.discard();

    expect(pool.stats()).toMatchObject({ inUse: 0, idle: 1 });
  });
});
