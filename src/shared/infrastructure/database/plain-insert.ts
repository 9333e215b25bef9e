import { EntityMetadata, EntityName, EntityProperty, ReferenceKind, Utils } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { PlainStatement } from './few-statements';

interface InsertPlan {
  /** `INSERT INTO table (columns) VALUES `, to which each row adds its tuple. */
  head: string;
  tuple: string;
  values: (entity: object) => unknown[];
}

const plans = new WeakMap<EntityMetadata, InsertPlan>();

/** The plan of an entity's insert, from its mapping: its columns, and each value as the ORM would write it. */
function planFor(em: EntityManager, meta: EntityMetadata): InsertPlan {
  const known = plans.get(meta);
  if (known) return known;
  const platform = em.getPlatform();
  const columns = meta.props.filter(
    (prop: EntityProperty) =>
      prop.persist !== false &&
      (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE),
  );
  const plan: InsertPlan = {
    head: `INSERT INTO ${meta.tableName} (${columns.map((prop) => prop.fieldNames[0]).join(', ')}) VALUES `,
    tuple: `(${columns.map(() => '?').join(', ')})`,
    values: (entity) =>
      columns.map((prop) => {
        const value = (entity as Record<string, unknown>)[prop.name] ?? null;
        return value !== null && prop.customType
          ? prop.customType.convertToDatabaseValue(value, platform, { mode: 'query' })
          : value;
      }),
  };
  plans.set(meta, plan);
  return plan;
}

/** The plain statement that inserts these new entities, built from their mapping (one tuple a row). */
export function plainInsert<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: readonly T[],
): PlainStatement {
  const plan = planFor(em, em.getMetadata().get(Utils.className(entity)));
  return {
    sql: plan.head + rows.map(() => plan.tuple).join(', '),
    params: rows.flatMap((row) => plan.values(row)),
  };
}

/**
 * Inserts new entities with one plain statement built from their mapping, in the current transaction,
 * and leaves them untracked: for a hot path's new rows that nothing changes again in the same
 * transaction. The unit of work's flush then has nothing to compare or build for them (MikroORM's change
 * sets and query builder were most of a checkout's ORM time); a later read loads them as any stored row
 * (ADR 0030).
 */
export async function insertPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = plainInsert(em, entity, rows);
  await em.execute(sql, params);
}
