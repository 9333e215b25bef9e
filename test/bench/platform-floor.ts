// The portal's platform with none of its contexts: the modules and the HTTP set-up every request of the
// portal meets (configureHttpApp: request log, metrics, security headers, cookie and body parsing, the
// session and CSRF checks, the throttle guard, the validation pipe, the error filter; MikroORM with its
// request context), serving the floor's two statements twice: through MikroORM's connection, as the portal's
// SQL adapters run them (/list), and on a pg pool of their own (/list-pg), which tells the ORM's share. Between
// "Nest on Express" and the portal, it tells the platform's share of the gap from the share of the portal's own
// work (principal, roles, query bus, card mapping). The login floor's login runs here too (/api/v1/floor/login,
// login-floor.bench.ts): its two statements through MikroORM's connection, behind the portal's login throttle and
// request DTO.
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Body,
  Controller,
  DynamicModule,
  Get,
  Headers,
  HttpCode,
  Module,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { ClockModule } from '../../src/shared/infrastructure/clock/clock.module';
import { DatabaseModule } from '../../src/shared/infrastructure/database/database.module';
import { LoggingModule } from '../../src/shared/infrastructure/logging/logging.module';
import { OperationsModule } from '../../src/shared/infrastructure/operations/operations.module';
import { configureHttpApp } from '../../src/shared/web/configure-http-app';
import { WebModule } from '../../src/shared/web/web.module';
import { CreateTokenRequest } from '../../src/identity/interface/dto/auth.requests';
import { LoginThrottle } from '../../src/identity/interface/http/throttles';
import { FloorToken, logInOnFloor } from './floor-login';
import { listOfBearer, onPool, RunStatement } from './floor-list';
import { benchPort } from './support';

// MikroORM's `execute` takes knex's placeholders (?), the floor's statements are written with pg's ($1).
const throughMikroOrm =
  (em: EntityManager): RunStatement =>
  (sql, params) =>
    em.getConnection().execute(sql.replace(/\$\d+/g, '?'), params);

function floorController(pool: Pool) {
  @Controller()
  class PlatformFloorController {
    constructor(private readonly em: EntityManager) {}

    @Get('list')
    async list(@Headers('authorization') authorization?: string): Promise<{ items: unknown[] }> {
      return (await listOfBearer(authorization, throughMikroOrm(this.em))) ?? { items: [] };
    }

    @Get('list-pg')
    async listOnPg(@Headers('authorization') authorization?: string): Promise<{ items: unknown[] }> {
      return (await listOfBearer(authorization, onPool(pool))) ?? { items: [] };
    }

    @Post('api/v1/floor/login')
    @HttpCode(200)
    @LoginThrottle()
    async logIn(@Body() body: CreateTokenRequest): Promise<FloorToken> {
      const token = await logInOnFloor(body.email, body.password, throughMikroOrm(this.em));
      if (!token) throw new UnauthorizedException();
      return token;
    }
  }
  return PlatformFloorController;
}

@Module({})
class PlatformFloorModule {
  static forRoot(config: AppConfig, pool: Pool): DynamicModule {
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
      controllers: [floorController(pool)],
    };
  }
}

/** Starts the platform floor on the portal's config; returns its two list URLs, its login URL and how to stop it. */
export async function startPlatformFloor(config: AppConfig, pool: Pool) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const app = await NestFactory.create<any>(PlatformFloorModule.forRoot(config, pool), {
    logger: ['error', 'warn'],
  });
  configureHttpApp(app, config);
  const port = benchPort();
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/list`,
    pgUrl: `${base}/list-pg`,
    loginUrl: `${base}/api/v1/floor/login`,
    close: () => app.close(),
  };
}
