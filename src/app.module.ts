import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AchievementsModule } from './achievements/achievements.module';
import { BackOfficeModule } from './back-office/back-office.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DemoDataModule } from './demo-data/demo-data.module';
import { IdentityModule } from './identity/identity.module';
import { OrderingModule } from './ordering/ordering.module';
import { AuditModule } from './shared/infrastructure/audit/audit.module';
import { ClockModule } from './shared/infrastructure/clock/clock.module';
import { DatabaseModule } from './shared/infrastructure/database/database.module';
import { EmailModule } from './shared/infrastructure/email/email.module';
import { IntegrationEventsModule } from './shared/infrastructure/integration-events/integration-events.module';
import { LoggingModule } from './shared/infrastructure/logging/logging.module';
import { OperationsModule } from './shared/infrastructure/operations/operations.module';
import { PdfModule } from './shared/infrastructure/pdf/pdf.module';
import { QueueModule } from './shared/infrastructure/queue/queue.module';
import { SigningModule } from './shared/infrastructure/signing/signing.module';
import { StorageModule } from './shared/infrastructure/storage/storage.module';
import { WebModule } from './shared/web/web.module';
import { SharingModule } from './sharing/sharing.module';
import { SupportModule } from './support/support.module';

/** The whole portal: platform modules chosen from the validated config, then the bounded contexts. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        CqrsModule.forRoot(),
        ClockModule,
        DatabaseModule.forRoot(config),
        AuditModule,
        QueueModule.forRoot(config),
        IntegrationEventsModule,
        EmailModule.forRoot(config),
        PdfModule.forRoot(config),
        StorageModule.forRoot(config),
        SigningModule.forRoot(config),
        OperationsModule,
        WebModule,
        IdentityModule,
        AchievementsModule,
        SharingModule,
        OrderingModule,
        SupportModule,
        BackOfficeModule,
        DemoDataModule,
      ],
    };
  }
}
