import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../../migrations';
import { currentEntityManager } from './lazy-request-context';
import { StatementPostgreSqlDriver } from './statement-connection';

/** MikroORM settings shared by the app, the CLI and the tests; entities come from each context's forFeature. */
export function mikroOrmOptions(clientUrl: string, debug = false) {
  return defineConfig({
    // MikroORM's driver, with plain statements sent as parameterised queries (ADR 0035).
    driver: StatementPostgreSqlDriver,
    clientUrl,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    // Forgetting a request context is a bug; fail instead of silently sharing one identity map.
    allowGlobalContext: false,
    // The entity manager of the request, job or command running now (lazy-request-context.ts).
    context: currentEntityManager,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    debug,
    migrations: {
      migrationsList,
      path: 'migrations',
      pathTs: 'migrations',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  });
}
