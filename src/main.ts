// The web + API process. By default it also runs the queue consumers and the scheduler
// (RUN_WORKERS=false leaves those to src/worker.ts in a scaled deployment).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ConfigurationError, loadConfig } from './config/app-config';
import { startDatabaseServer } from './shared/infrastructure/database/database-server';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabaseServer(config, (message) => console.log(message));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl: database.url }), {
    bufferLogs: true,
  });
  await app.listen(config.port, config.host);
  console.log(`Veri is running at ${config.publicUrl}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
