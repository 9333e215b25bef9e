import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createLogDestination } from './logging.module';

describe('log destination', () => {
  it('writes standard output asynchronously, so no request waits for its log line', () => {
    const destination = createLogDestination();
    expect(destination.sync).toBe(false);
  });

  it('still delivers every line logged just before the process exits', () => {
    const module = join(__dirname, 'logging.module.ts');
    const script = `
      const pino = require('pino');
      const { createLogDestination } = require(${JSON.stringify(module)});
      const logger = pino(createLogDestination());
      for (let i = 0; i < 2000; i++) logger.info({ i }, 'line');
      process.exit(0);`;
    const output = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999])).toMatchObject({ i: 1999, msg: 'line' });
  });
});
