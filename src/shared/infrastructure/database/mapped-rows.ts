import { EntityDictionary, EntityName, Utils } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Rows read with a plain statement and mapped by the entity's schema: the same managed entities `find`
 * gives, for about half the CPU on a hot path, since `find` builds its query through MikroORM's query
 * builder each time (ADR 0005). The statement must select every column of the entity's table.
 */
export async function mappedRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const rows = await em.execute<Array<EntityDictionary<T>>>(sql, params);
  return rows.map((row) => em.map(entity, row));
}

/**
 * As `mappedRows`, but the entities are not put in the identity map: for a repository that writes its
 * aggregate's changes itself with plain statements (ADR 0030), so the flush has nothing to compare for
 * them. Each value is converted by its mapped type, as `find` would (a `timestamptz` arrives as text).
 */
export async function plainRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const rows = await em.execute<Array<EntityDictionary<T>>>(sql, params);
  return rows.map((row) => plainEntity(em, entity, row));
}

/** One row, as `plainRows` maps it: an entity of its own, not tracked. */
export function plainEntity<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  row: EntityDictionary<T>,
): T {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  return em
    .getEntityFactory()
    .create(entity, em.getDriver().mapResult(row, meta)!, { merge: false, convertCustomTypes: true });
}
