import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DemoDataLoader } from './demo-data-loader';

/** Where the block of demo logins goes; standard output unless a test reads it. */
export const DEMO_LOGINS_OUTPUT = Symbol('DEMO_LOGINS_OUTPUT');
export type DemoLoginsOutput = (text: string) => void;

/**
 * With DEMO_DATA=true (the default in zero-setup mode) an empty database gets the demo data at start-up.
 * Every start with demo data prints the demo logins, with the staff TOTP secret, as a plain block of
 * text: a person reads them from the terminal, and inside a JSON log line they were one long escaped string.
 */
@Injectable()
export class DemoDataOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demoData: DemoDataLoader,
    @Inject(DEMO_LOGINS_OUTPUT) private readonly output: DemoLoginsOutput,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const lines = await this.demoData.load({ onlyIntoEmptyDatabase: true });
    if (lines.length === 0) return;
    this.logger.log('Demo data in use: the demo logins are printed at start-up (docs/demo-accounts.md)');
    this.output(`\n${lines.join('\n')}\n\n`);
  }
}
