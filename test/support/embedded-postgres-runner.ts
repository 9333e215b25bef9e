// Runs an EmbeddedPostgresServer in its own process, as `npm start` does, so a test can kill -9 it.
// Usage: node -r ts-node/register/transpile-only test/support/embedded-postgres-runner.ts <dataDir> <port>
import { EmbeddedPostgresServer } from '../../src/shared/infrastructure/database/embedded-postgres-server';

const [dataDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgresServer({ dataDir, port: Number(port), log: (m) => console.log(m) });

server
  .start()
  .then((url) => console.log(`READY ${url}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

process.once('SIGTERM', async () => {
  await server.stop();
  console.log('STOPPED');
  process.exit(0);
});
