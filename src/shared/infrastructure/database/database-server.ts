import { AppConfig } from '../../../config/app-config';
import { EmbeddedPostgresServer } from './embedded-postgres-server';

export interface RunningDatabase {
  url: string;
  /** Stops the embedded server, if one was started; a configured server is left alone. */
  stop(): Promise<void>;
}

/** The configured DATABASE_URL, or an embedded PostgreSQL under DATA_DIR when there is none. */
export async function startDatabaseServer(
  config: AppConfig,
  log: (message: string) => void,
): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const server = new EmbeddedPostgresServer({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log,
  });
  const url = await server.start();
  return { url, stop: () => server.stop() };
}
