// Where throttle counters live: the one place the storage is chosen (architecture rule 3).
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';
import { AppConfig } from '../../../config/app-config';

/** Seconds a caller should wait when counters cannot be reached (answers of fail-closed routes). */
export const COUNTERS_RETRY_AFTER_SECONDS = 30;

/**
 * Counters in Redis, shared by every web process (ADR 0011). Built to fail fast: while Redis is away a
 * request is not queued behind a reconnecting client; the guard decides what an uncounted request gets.
 */
export class RedisThrottleStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly counters: ThrottlerStorageRedisService;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 250, 2000),
    });
    // Reported by the guard, per request and once in a while in the log; not here on every retry.
    this.redis.on('error', () => undefined);
    this.counters = new ThrottlerStorageRedisService(this.redis);
  }

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    return this.counters.increment(`${this.prefix}:${key}`, ttl, limit, blockDuration, throttlerName);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

/**
 * The generous limit every route has unless it sets its own: it protects a web process's capacity, so
 * each process counts it in its own memory; an address may then make this many requests to each process.
 */
export const CAPACITY_LIMIT = { name: 'default', ttl: 60_000, limit: 1000 } as const;

/**
 * Counts the capacity limit in this process and every limit a route sets for itself (logins,
 * registration, resets, verification, connection requests: guessing and abuse) in the shared store.
 * Most requests then cost no round trip to Redis, and a Redis outage leaves the capacity limit counting.
 */
export class SplitThrottleStorage implements ThrottlerStorage, OnModuleDestroy, OnApplicationShutdown {
  private readonly local = new ThrottlerStorageService();

  constructor(private readonly shared: ThrottlerStorage & Partial<OnModuleDestroy>) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const capacity = ttl === CAPACITY_LIMIT.ttl && limit === CAPACITY_LIMIT.limit;
    return (capacity ? this.local : this.shared).increment(key, ttl, limit, blockDuration, throttlerName);
  }

  onModuleDestroy(): void {
    this.shared.onModuleDestroy?.();
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}

/**
 * With REDIS_URL (several web processes share the narrowed limits): the split above, the shared store in
 * Redis. Without it (one process): everything in this process's memory.
 */
export function createThrottleStorage(config: AppConfig): ThrottlerStorage {
  if (config.redisUrl)
    return new SplitThrottleStorage(
      new RedisThrottleStorage(config.redisUrl, `${config.jobs.queuePrefix}:throttle`),
    );
  return new ThrottlerStorageService();
}
