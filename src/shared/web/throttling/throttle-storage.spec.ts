import { ThrottlerStorage } from '@nestjs/throttler';
import { CAPACITY_LIMIT, SplitThrottleStorage } from './throttle-storage';

/** A shared store that remembers which keys it was asked to count. */
class RecordingStore implements ThrottlerStorage {
  readonly keys: string[] = [];
  destroyed = false;

  async increment(key: string, ttl: number) {
    this.keys.push(key);
    return { totalHits: 1, timeToExpire: ttl / 1000, isBlocked: false, timeToBlockExpire: 0 };
  }

  onModuleDestroy(): void {
    this.destroyed = true;
  }
}

describe('SplitThrottleStorage', () => {
  const { ttl, limit, name } = CAPACITY_LIMIT;

  it('counts the capacity limit in this process, without the shared store', async () => {
    const shared = new RecordingStore();
    const storage = new SplitThrottleStorage(shared);
    const first = await storage.increment('page-view', ttl, limit, ttl, name);
    const second = await storage.increment('page-view', ttl, limit, ttl, name);
    expect([first.totalHits, second.totalHits]).toEqual([1, 2]);
    expect(shared.keys).toEqual([]);
    storage.onApplicationShutdown();
  });

  it('counts a limit a route sets for itself in the shared store', async () => {
    const shared = new RecordingStore();
    const storage = new SplitThrottleStorage(shared);
    await storage.increment('login', 60_000, 10, 60_000, name);
    // The same window with another limit, or the same limit over another window, is a route's own.
    await storage.increment('check', ttl, 30, ttl, name);
    await storage.increment('mail', 15 * 60_000, limit, 15 * 60_000, name);
    expect(shared.keys).toEqual(['login', 'check', 'mail']);
    storage.onApplicationShutdown();
  });

  it('closes the shared store with the module', () => {
    const shared = new RecordingStore();
    const storage = new SplitThrottleStorage(shared);
    storage.onModuleDestroy();
    storage.onApplicationShutdown();
    expect(shared.destroyed).toBe(true);
  });
});
