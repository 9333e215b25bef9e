// Command line for operators and automation: `npm run cli -- <command>` (api.md "Operations").
// Each context registers its own nest-commander commands in its module; `migrate` is the platform's.
import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { AppModule } from './app.module';
import { ConfigurationError, loadConfig } from './config/app-config';
import { CommandLineModule } from './command-line/command-line.module';
import { startDatabaseServer } from './shared/infrastructure/database/database-server';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabaseServer(config, (message) => console.error(message));
  try {
    // Migrations run only through `migrate`; the other commands refuse a database that is behind.
    const root = AppModule.forRoot({
      ...config,
      databaseUrl: database.url,
      runWorkers: false,
      migrateOnStart: false,
      demoData: false,
    });
    await CommandFactory.run(
      { module: CommandLineModule, imports: [root] },
      {
        logger: ['error', 'warn'],
        errorHandler: (error: Error & { code?: string }) => {
          if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return;
          console.error(error.message);
          process.exitCode = 1;
        },
      },
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
