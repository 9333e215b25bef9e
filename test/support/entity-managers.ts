import { EntityManager } from '@mikro-orm/core';

/** How many entity managers were forked (by anyone, from any entity manager) while `work` ran. */
export async function entityManagersForkedDuring<T>(
  work: () => PromiseLike<T>,
): Promise<{ result: T; forks: number }> {
  const fork = jest.spyOn(EntityManager.prototype, 'fork');
  try {
    const result = await work();
    return { result, forks: fork.mock.calls.length };
  } finally {
    fork.mockRestore();
  }
}
