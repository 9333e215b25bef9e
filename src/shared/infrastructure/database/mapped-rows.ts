import { EntityDictionary, EntityName } from '@mikro-orm/core';
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
