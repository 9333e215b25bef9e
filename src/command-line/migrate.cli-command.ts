import { MikroORM } from '@mikro-orm/core';
import { Command, CommandRunner } from 'nest-commander';

/** `npm run cli -- migrate`: applies pending migrations and says which ran. */
@Command({ name: 'migrate', description: 'Apply pending database migrations' })
export class MigrateCliCommand extends CommandRunner {
  constructor(private readonly orm: MikroORM) {
    super();
  }

  async run(): Promise<void> {
    const applied = await this.orm.getMigrator().up();
    const executed = await this.orm.getMigrator().getExecutedMigrations();
    console.log(
      applied.length > 0
        ? `Applied ${applied.map((migration) => migration.name).join(', ')}`
        : `Database is up to date (${executed.length} migrations applied)`,
    );
  }
}
