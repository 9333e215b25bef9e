import { EntityManager } from '@mikro-orm/core';

/**
 * How many entity managers were forked while `work` ran: by anyone from any entity manager, or only
 * straight from `from` (the application's root, which a request's or a job's scope forks from).
 */
export async function entityManagersForkedDuring<T>(
  work: () => PromiseLike<T>,
  from: EntityManager = EntityManager.prototype,
): Promise<{ result: T; forks: number }> {
  const fork = jest.spyOn(from, 'fork');
  try {
    const result = await work();
    return { result, forks: fork.mock.calls.length };
  } finally {
    fork.mockRestore();
  }
}
