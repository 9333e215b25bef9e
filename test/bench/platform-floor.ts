// The portal's platform with none of its contexts: the modules and the HTTP set-up every request of the
// portal meets (configureHttpApp: request log, metrics, security headers, cookie and body parsing, the
// session and CSRF checks, the throttle guard, the validation pipe, the error filter; MikroORM with its
// request context), serving the floor's two statements twice: through MikroORM's connection, as the portal's
// SQL adapters run them (/list), and on a pg pool of their own (/list-pg), which tells the ORM's share. Between
// "Nest on Express" and the portal, it tells the platform's share of the gap from the share of the portal's own
// work (principal, roles, query bus, card mapping).
import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, DynamicModule, Get, Headers, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { hashSecretToken } from '../../src/identity/domain/secret-token';
import { ClockModule } from '../../src/shared/infrastructure/clock/clock.module';
import { DatabaseModule } from '../../src/shared/infrastructure/database/database.module';
import { LoggingModule } from '../../src/shared/infrastructure/logging/logging.module';
import { OperationsModule } from '../../src/shared/infrastructure/operations/operations.module';
import { configureHttpApp } from '../../src/shared/web/configure-http-app';
import { WebModule } from '../../src/shared/web/web.module';
import { benchPort } from './support';

/** The floor's statements with knex's placeholders, as MikroORM's `execute` takes them. */
export interface FloorStatements {
  principal: string;
  list: string;
}

const toKnex = (sql: string) => sql.replace(/\$\d+/g, '?');

function floorController(statements: FloorStatements, pool: Pool) {
  const principalSql = toKnex(statements.principal);
  const listSql = toKnex(statements.list);

  @Controller()
  class PlatformFloorController {
    constructor(private readonly em: EntityManager) {}

    @Get('list')
    async list(@Headers('authorization') authorization?: string): Promise<{ items: unknown[] }> {
      const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
      if (!token) return { items: [] };
      const [candidate] = await this.em
        .getConnection()
        .execute<Array<{ candidate_number: string | null }>>(principalSql, [
          hashSecretToken(token),
          new Date(),
        ]);
      if (!candidate?.candidate_number) return { items: [] };
      return { items: await this.em.execute(listSql, [candidate.candidate_number]) };
    }

    @Get('list-pg')
    async listOnPg(@Headers('authorization') authorization?: string): Promise<{ items: unknown[] }> {
      const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
      if (!token) return { items: [] };
      const { rows } = await pool.query(statements.principal, [hashSecretToken(token), new Date()]);
      const candidate = rows[0] as { candidate_number: string | null } | undefined;
      if (!candidate?.candidate_number) return { items: [] };
      return { items: (await pool.query(statements.list, [candidate.candidate_number])).rows };
    }
  }
  return PlatformFloorController;
}

@Module({})
class PlatformFloorModule {
  static forRoot(config: AppConfig, statements: FloorStatements, pool: Pool): DynamicModule {
    return {
      module: PlatformFloorModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        CqrsModule.forRoot(),
        ClockModule,
        DatabaseModule.forRoot(config),
        OperationsModule,
        WebModule,
      ],
      controllers: [floorController(statements, pool)],
    };
  }
}

/** Starts the platform floor on the portal's config; returns its two list URLs and how to stop it. */
export async function startPlatformFloor(config: AppConfig, statements: FloorStatements, pool: Pool) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const app = await NestFactory.create<any>(PlatformFloorModule.forRoot(config, statements, pool), {
    logger: ['error', 'warn'],
  });
  configureHttpApp(app, config);
  const port = benchPort();
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return { url: `${base}/list`, pgUrl: `${base}/list-pg`, close: () => app.close() };
}
