import { execFileSync } from 'node:child_process';
import { PRODUCTION_ENVIRONMENT } from '../../../config/testing/production-environment';
import { join } from 'node:path';
import { loadConfig } from '../../../config/app-config';
import { createLogDestination, usesPrettyLogs } from './logging.module';

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

  it('prints readable lines when asked, with the context before the message', () => {
    const module = join(__dirname, 'logging.module.ts');
    const script = `
      const pino = require('pino');
      const { createLogDestination } = require(${JSON.stringify(module)});
      const logger = pino({ base: { service: 'veri' } }, createLogDestination(true));
      logger.info({ context: 'Main' }, 'Veri is running');
      process.exit(0);`;
    const output = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: \[Main\] Veri is running\n$/);
  });

  it('is readable at a terminal or with LOG_PRETTY=true, JSON otherwise and always in production', () => {
    const config = (env: Record<string, string>) => loadConfig({ SESSION_SECRET: 'x'.repeat(40), ...env });
    expect(usesPrettyLogs(config({}), true)).toBe(true);
    expect(usesPrettyLogs(config({}), false)).toBe(false);
    expect(usesPrettyLogs(config({ LOG_PRETTY: 'true' }), false)).toBe(true);
    expect(usesPrettyLogs(config({ LOG_PRETTY: 'false' }), true)).toBe(false);
    const production = loadConfig({ ...PRODUCTION_ENVIRONMENT, LOG_PRETTY: 'true' });
    expect(usesPrettyLogs(production, true)).toBe(false);
  });
});
