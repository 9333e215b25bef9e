// Each HTTP request and each job gets its own entity manager (identity map and unit of work), as MikroORM's
// request context gives, but made when it first asks for one rather than when it starts. Many never do: the
// documents list reads through the driver's connection, a kept principal needs no statement, an email job
// renders and sends. Forking an entity manager (its unit of work, factory, loader, validator, and two writes
// to process.env in Configuration.sync) was about a twentieth of such a request's CPU (docs/benchmarks.md).
import { AsyncLocalStorage } from 'node:async_hooks';
import { EntityManager, MikroORM, RequestContext, TransactionContext } from '@mikro-orm/core';
import { Injectable, NestMiddleware } from '@nestjs/common';

interface LazyScope {
  readonly root: EntityManager;
  /** The MikroORM request context around this scope, if any: one opened later, inside the scope, is nearer. */
  readonly around?: RequestContext;
  fork?: EntityManager;
  /** Set while the fork is being made: its constructor resolves the context too, and must get itself. */
  forking?: boolean;
}

const scopes = new AsyncLocalStorage<LazyScope>();

/** Runs `work` in a scope whose entity manager is forked from `root` on first use. */
export function runInLazyScope<T>(root: EntityManager, work: () => T): T {
  return scopes.run({ root, around: RequestContext.currentRequestContext() }, work);
}

/**
 * MikroORM's `context` option: the entity manager of the code running now, from the nearer of the two
 * kinds of context: a MikroORM request context (a command-line command, a test's helper) or a lazy scope
 * (an HTTP request, a job), whose entity manager is forked now if this is its first use.
 */
export function currentEntityManager(name: string): EntityManager | undefined {
  const scope = scopes.getStore();
  const opened = RequestContext.currentRequestContext();
  if (opened && opened !== scope?.around) return opened.map.get(name);
  if (!scope || scope.root.name !== name) return undefined;
  // While forking, undefined: the fork's constructor then gets the fork itself.
  if (!scope.fork && !scope.forking) {
    scope.forking = true;
    try {
      // From the root itself: resolving the context to fork from would ask this function again.
      scope.fork = scope.root.fork({ useContext: true, disableContextResolution: true });
    } finally {
      scope.forking = false;
    }
  }
  return scope.fork;
}

/**
 * `em.isInTransaction()`, without forking the scope's entity manager to answer: MikroORM resolves the
 * current entity manager first, which forks it on first use, while a scope that has not forked one has begun
 * no transaction with it. For reads that are kept between requests only when made outside a transaction.
 */
export function isInTransaction(em: EntityManager): boolean {
  const scope = scopes.getStore();
  const unforked =
    scope !== undefined &&
    em === scope.root &&
    !scope.fork &&
    RequestContext.currentRequestContext() === scope.around &&
    !TransactionContext.getEntityManager(em.name);
  return !unforked && em.isInTransaction();
}

/** Opens a lazy scope for every HTTP request (in place of MikroORM's own middleware). */
@Injectable()
export class LazyRequestContextMiddleware implements NestMiddleware {
  constructor(private readonly orm: MikroORM) {}

  use(_req: unknown, _res: unknown, next: () => void): void {
    runInLazyScope(this.orm.em, next);
  }
}
