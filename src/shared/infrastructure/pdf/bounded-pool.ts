export interface PoolFactory<T> {
  create(): Promise<T>;
  /** Must settle in bounded time: a discarded resource holds its slot until then. */
  destroy(resource: T): Promise<void>;
  /** False for a resource that can no longer serve (its browser went away): it is destroyed, not lent. */
  isUsable(resource: T): boolean;
}

export interface PoolLease<T> {
  readonly resource: T;
  /** Gives the resource back for reuse. */
  release(): void;
  /** Destroys the resource (it may be in a bad state); the slot frees once it is gone. */
  discard(): void;
}

export interface PoolStats {
  size: number;
  /** Leases out now. */
  inUse: number;
  /** The most leases ever out at once. */
  peakInUse: number;
  idle: number;
  /** Callers queued for a slot. */
  waiting: number;
  /** Resources created and not yet destroyed (idle + leased + being destroyed). */
  open: number;
}

interface Waiter {
  grant(): void;
  refuse(error: Error): void;
}

/**
 * At most `size` resources lent out at once; callers beyond that wait in a FIFO queue. Idle resources
 * are reused. A discarded resource holds its slot until it is destroyed, so a stuck resource never
 * lets the pool grow past `size`.
 */
export class BoundedPool<T> {
  private readonly idle: T[] = [];
  private readonly waiters: Waiter[] = [];
  private inUse = 0;
  private peakInUse = 0;
  private open = 0;

  constructor(
    private readonly size: number,
    private readonly factory: PoolFactory<T>,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`A pool needs a size of at least 1, not ${size}`);
  }

  async acquire(): Promise<PoolLease<T>> {
    await this.takeSlot();
    let resource: T;
    try {
      resource = await this.idleOrNew();
    } catch (error) {
      this.freeSlot();
      throw error;
    }
    return this.lease(resource);
  }

  stats(): PoolStats {
    return {
      size: this.size,
      inUse: this.inUse,
      peakInUse: this.peakInUse,
      idle: this.idle.length,
      waiting: this.waiters.length,
      open: this.open,
    };
  }

  /** Refuses every waiting caller with `error` and destroys the idle resources. Leased ones are the lessees' to give back. */
  async drain(error: Error): Promise<void> {
    for (const waiter of this.waiters.splice(0)) waiter.refuse(error);
    await Promise.all(this.idle.splice(0).map((resource) => this.destroy(resource)));
  }

  private takeSlot(): Promise<void> {
    if (this.inUse < this.size && this.waiters.length === 0) {
      this.countIn();
      return Promise.resolve();
    }
    return new Promise((grant, refuse) => this.waiters.push({ grant, refuse }));
  }

  /** A freed slot passes straight to the longest-waiting caller, so nobody can jump the queue. */
  private freeSlot(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.inUse -= 1;
  }

  private countIn(): void {
    this.inUse += 1;
    this.peakInUse = Math.max(this.peakInUse, this.inUse);
  }

  private async idleOrNew(): Promise<T> {
    for (let resource = this.idle.pop(); resource !== undefined; resource = this.idle.pop()) {
      if (this.factory.isUsable(resource)) return resource;
      void this.destroy(resource);
    }
    const created = await this.factory.create();
    this.open += 1;
    return created;
  }

  private lease(resource: T): PoolLease<T> {
    let returned = false;
    const once = (action: () => void) => () => {
      if (returned) return;
      returned = true;
      action();
    };
    return {
      resource,
      release: once(() => {
        if (this.factory.isUsable(resource)) this.idle.push(resource);
        else void this.destroy(resource);
        this.freeSlot();
      }),
      discard: once(() => void this.destroy(resource).then(() => this.freeSlot())),
    };
  }

  private async destroy(resource: T): Promise<void> {
    try {
      await this.factory.destroy(resource);
    } catch {
      // A resource that fails to close is already gone (its browser died): nothing left to free.
    } finally {
      this.open -= 1;
    }
  }
}
