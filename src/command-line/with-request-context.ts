import { MikroORM, RequestContext } from '@mikro-orm/core';

/** Command-line work runs outside HTTP, so it opens its own MikroORM request context. */
export function withRequestContext<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  return RequestContext.create(orm.em, work);
}
