import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DemoDataLoader } from './demo-data-loader';

/**
 * With DEMO_DATA=true (the default in zero-setup mode) an empty database gets the demo data at start-up
 * and the demo logins, with the staff TOTP secret, are printed once.
 */
@Injectable()
export class DemoDataOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demoData: DemoDataLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const lines = await this.demoData.load({ onlyIntoEmptyDatabase: true });
    if (lines.length > 0) this.logger.log(lines.join('\n'));
  }
}
