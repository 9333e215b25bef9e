// The queue worker process for scaled deployments: the same code as main.ts without the HTTP
// server, running the outbox relay, the queue consumers and the scheduled jobs.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { VeriLogger } from './shared/infrastructure/logging/logging.module';
import { AppModule } from './app.module';
import { ConfigurationError, loadConfig } from './config/app-config';
import { startDatabaseServer } from './shared/infrastructure/database/database-server';
import { stopGracefully } from './graceful-shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabaseServer(config, (message) => console.log(message));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, databaseUrl: database.url, runWorkers: true }),
    { bufferLogs: true },
  );
  const logger = app.get(VeriLogger);
  app.useLogger(logger);
  logger.log('Veri worker is running', 'Worker');
  // app.close() lets the jobs in flight finish before closing the queue (JobWorker).
  stopGracefully({
    role: 'worker',
    app,
    logger,
    graceMs: config.shutdownGraceMs,
    afterClose: () => database.stop(),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
