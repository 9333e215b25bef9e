import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { Outbox } from '../../application/outbox';
import { UnitOfWork } from '../../application/unit-of-work';
import { EmailOutbox } from '../../application/email-outbox';
import { MikroOrmOutbox } from '../outbox/mikro-orm-outbox';
import { OutboxRecordSchema } from '../outbox/outbox-record';
import { DatabaseChanges } from './database-changes';
import { DomainEventReactions } from './domain-event-reactions';
import { LazyRequestContextMiddleware } from './lazy-request-context';
import { MikroOrmUnitOfWork } from './mikro-orm-unit-of-work';
import { mikroOrmOptions } from './mikro-orm-options';

/** Applies pending migrations at start-up unless MIGRATE_ON_START=false. */
@Injectable()
class MigrateOnStart implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.migrateOnStart) return;
    const applied = await this.orm.getMigrator().up();
    if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s)`);
  }
}

/**
 * PostgreSQL through MikroORM, the unit of work and the outbox. The URL is always set by the time
 * this module is built: main.ts, worker.ts and cli.ts start the embedded server when none is configured.
 */
@Global()
@Module({})
export class DatabaseModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(LazyRequestContextMiddleware).forRoutes('*');
  }

  static forRoot(config: AppConfig): DynamicModule {
    if (!config.databaseUrl)
      throw new Error('DatabaseModule needs a database URL (start the embedded server first)');
    const options = mikroOrmOptions(config.databaseUrl);
    // One per application: each of its pool's connections listens for the changes the database announces.
    const changes = new DatabaseChanges();
    return {
      module: DatabaseModule,
      imports: [
        DiscoveryModule,
        MikroOrmModule.forRoot({
          ...options,
          pool: { ...options.pool, afterCreate: changes.listenOn },
          autoLoadEntities: true,
          // Each request's entity manager is forked when first used, not when the request arrives.
          registerRequestContext: false,
        }),
        MikroOrmModule.forFeature([OutboxRecordSchema]),
      ],
      providers: [
        MigrateOnStart,
        DomainEventReactions,
        { provide: UnitOfWork, useClass: MikroOrmUnitOfWork },
        { provide: Outbox, useClass: MikroOrmOutbox },
        EmailOutbox,
        { provide: DatabaseChanges, useValue: changes },
      ],
      exports: [UnitOfWork, Outbox, EmailOutbox, MikroOrmModule, DatabaseChanges],
    };
  }
}
