// Each test file's Bull queue uses its own Redis key prefix; this removes that prefix's keys afterwards.
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';

export function uniqueQueuePrefix(): string {
  return `veri-test-${randomBytes(4).toString('hex')}`;
}

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url)
    throw new Error('TEST_REDIS_URL is not set: start Redis or set REDIS_URL (test/support/global-setup.ts)');
  return url;
}

export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
