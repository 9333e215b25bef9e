import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SeedDemoAchievements } from '../achievements/achievements.public';
import { DEMO_ACCOUNTS, SeedDemoData, SeedDemoDataResult } from '../identity/identity.public';

/**
 * Loads the demo data of every context, in dependency order (Identity's candidates before their
 * achievements). Each context's seed is idempotent, so loading twice changes nothing.
 */
@Injectable()
export class DemoDataLoader {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {}

  /**
   * Returns what to tell the operator: how much was loaded and the demo logins. With
   * `onlyIntoEmptyDatabase`, a database that already had the demo accounts (any earlier start) is left
   * as it is, and only the logins are returned, so every start shows them.
   */
  load(options: { onlyIntoEmptyDatabase?: boolean } = {}): Promise<string[]> {
    return RequestContext.create(this.orm.em, async () => {
      const identity = await this.commands.execute<SeedDemoData, SeedDemoDataResult>(new SeedDemoData());
      const logins = [
        `  candidate   ${DEMO_ACCOUNTS.candidate.email} / ${DEMO_ACCOUNTS.candidate.password}`,
        `  pending     ${DEMO_ACCOUNTS.pending.email} / ${DEMO_ACCOUNTS.pending.password}`,
        `  employer    ${DEMO_ACCOUNTS.thirdParty.email} / ${DEMO_ACCOUNTS.thirdParty.password}`,
        `  staff       ${DEMO_ACCOUNTS.staff.email} / ${DEMO_ACCOUNTS.staff.password}`,
        `  staff TOTP secret ${identity.staffTotpSecret}`,
        `              ${identity.staffEnrolmentUri}`,
        'More about them, and the candidate records to try registration with: docs/demo-accounts.md',
      ];
      if (options.onlyIntoEmptyDatabase && identity.createdAccounts.length === 0)
        return ['Demo data is in use (loaded at an earlier start). Demo logins:', ...logins];
      const achievements = await this.commands.execute(new SeedDemoAchievements());
      return [
        `Demo data loaded: ${identity.createdAccounts.length} accounts, ${achievements.created} achievements created, ${achievements.updated} updated. Demo logins:`,
        ...logins,
      ];
    });
  }
}
