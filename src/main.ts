// The web + API process. By default it also runs the queue consumers and the scheduler
// (RUN_WORKERS=false leaves those to src/worker.ts in a scaled deployment). WEB_PROCESSES=N makes this
// process a supervisor of N web processes on the same port (src/web-processes.ts).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { VeriLogger } from './shared/infrastructure/logging/logging.module';
import { AppModule } from './app.module';
import { ConfigurationError, loadConfig } from './config/app-config';
import { startDatabaseServer } from './shared/infrastructure/database/database-server';
import { configureHttpApp } from './shared/web/configure-http-app';
import { stopGracefully } from './graceful-shutdown';
import { isWebProcessSupervisor, superviseWebProcesses } from './web-processes';

async function main(): Promise<void> {
  const config = loadConfig();
  if (isWebProcessSupervisor(config.webProcesses)) {
    superviseWebProcesses(config.webProcesses, (message) => console.log(message));
    return;
  }
  const database = await startDatabaseServer(config, (message) => console.log(message));
  const appConfig = { ...config, databaseUrl: database.url };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(appConfig), {
    bufferLogs: true,
  });
  const logger = app.get(VeriLogger);
  app.useLogger(logger);
  configureHttpApp(app, appConfig);
  await app.listen(config.port, config.host);
  logger.log(`Veri is running at ${config.publicUrl}`, 'Main');
  stopGracefully({
    role: 'web',
    app,
    logger,
    graceMs: config.shutdownGraceMs,
    server: app.getHttpServer(),
    afterClose: () => database.stop(),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
