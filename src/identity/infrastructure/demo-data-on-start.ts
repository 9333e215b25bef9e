import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SeedDemoData } from '../application/commands/seed-demo-data/seed-demo-data.command';
import { DEMO_ACCOUNTS } from '../application/commands/seed-demo-data/demo-data';
import { AccountRepository } from '../domain/account.repository';

/**
 * With DEMO_DATA=true (the default in zero-setup mode) an empty database gets Identity's demo data at
 * start-up, and the demo logins (with the staff TOTP secret) are printed once. See docs/demo-accounts.md.
 */
@Injectable()
export class DemoDataOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orm: MikroORM,
    private readonly accounts: AccountRepository,
    private readonly commands: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    await RequestContext.create(this.orm.em, async () => {
      if ((await this.accounts.count()) > 0) return;
      const result = await this.commands.execute(new SeedDemoData());
      if (result.createdAccounts.length === 0) return;
      this.logger.log(
        [
          'Demo data loaded. Logins (see docs/demo-accounts.md):',
          `  candidate   ${DEMO_ACCOUNTS.candidate.email} / ${DEMO_ACCOUNTS.candidate.password}`,
          `  pending     ${DEMO_ACCOUNTS.pending.email} / ${DEMO_ACCOUNTS.pending.password}`,
          `  employer    ${DEMO_ACCOUNTS.thirdParty.email} / ${DEMO_ACCOUNTS.thirdParty.password}`,
          `  staff       ${DEMO_ACCOUNTS.staff.email} / ${DEMO_ACCOUNTS.staff.password}`,
          `  staff TOTP secret ${result.staffTotpSecret} (${result.staffEnrolmentUri})`,
        ].join('\n'),
      );
    });
  }
}
