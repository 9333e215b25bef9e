import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AchievementsModule } from './achievements/achievements.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { IdentityModule } from './identity/identity.module';
import { OrderingModule } from './ordering/ordering.module';
import { DatabaseModule } from './shared/infrastructure/database/database.module';
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
        CqrsModule.forRoot(),
        DatabaseModule.forRoot(config),
        IdentityModule,
        AchievementsModule,
        SharingModule,
        OrderingModule,
        SupportModule,
      ],
    };
  }
}
