// The architecture rules must bite: run the real dependency-cruiser and ESLint configurations on a
// fixture tree that breaks them on purpose, and on the real src tree, which must be clean.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '../../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');

async function cruise(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(depcruise, ['src', '--config', join(root, '.dependency-cruiser.js')], {
      cwd,
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('architecture rules', () => {
  describe('on a fixture tree that breaks each rule once', () => {
    let output: string;
    let code: number;
    beforeAll(async () => ({ code, output } = await cruise(join(root, 'test/fixtures/architecture'))));

    it('fails', () => expect(code).not.toBe(0));

    it.each([
      ['domain-imports-no-framework', 'src/sharing/domain/leaky-connection.ts', '@nestjs/common'],
      [
        'contexts-meet-through-public-files',
        'src/sharing/application/reaches-into-identity.ts',
        'src/identity/domain/account.ts',
      ],
      [
        'domain-imports-only-domain',
        'src/sharing/domain/knows-identity-public.ts',
        'src/identity/identity.public.ts',
      ],
      [
        'application-imports-no-platform',
        'src/sharing/application/uses-the-platform.ts',
        'src/shared/infrastructure/job-queue.ts',
      ],
      [
        'application-imports-no-platform',
        'src/sharing/application/uses-the-platform.ts',
        'src/config/app-config.ts',
      ],
      [
        'use-cases-do-not-import-each-other',
        'src/sharing/application/commands/extend-connection/extend-connection.handler.ts',
        'src/sharing/application/commands/add-connection/add-connection.command.ts',
      ],
      [
        'interface-imports-no-infrastructure',
        'src/sharing/interface/connections.controller.ts',
        'src/sharing/infrastructure/connection.schema.ts',
      ],
      [
        'nothing-imports-outer-contexts',
        'src/sharing/application/uses-back-office.ts',
        'src/back-office/back-office.module.ts',
      ],
      [
        'contexts-meet-through-public-files',
        'src/back-office/back-office.module.ts',
        'src/sharing/domain/leaky-connection.ts',
      ],
      // The same rules inside a context split into modules (Identity's access, registration, profile).
      [
        'use-cases-do-not-import-each-other',
        'src/identity/access/application/commands/log-in/log-in.handler.ts',
        'src/identity/profile/application/commands/change-credentials/change-credentials.command.ts',
      ],
      [
        'modules-meet-through-the-context',
        'src/identity/access/application/commands/log-in/log-in.handler.ts',
        'src/identity/profile/application/commands/change-credentials/change-credentials.command.ts',
      ],
      [
        'application-imports-no-adapters',
        'src/identity/profile/application/uses-its-adapter.ts',
        'src/identity/profile/infrastructure/photo.schema.ts',
      ],
      [
        'interface-imports-no-infrastructure',
        'src/identity/access/interface/reads-profile-tables.ts',
        'src/identity/profile/infrastructure/photo.schema.ts',
      ],
    ])('reports %s: %s → %s', (rule, from, to) => {
      const reported = output.split('\n').filter((line) => line.includes(`${rule}: ${from} → `));
      expect(reported.some((line) => line.includes(to))).toBe(true);
    });

    it('lets a context import another through its public file', () => {
      expect(output).not.toMatch(
        /contexts-meet-through-public-files: [^\n]*→ src\/identity\/identity\.public\.ts/,
      );
    });
  });

  it('lint refuses unformatted code (Prettier runs first in `npm run lint`)', async () => {
    const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.lint).toMatch(/^prettier --check \./);
    const prettier = join(root, 'node_modules/.bin/prettier');
    const check = (source: string) =>
      new Promise<number>((resolve) => {
        const child = execFile(
          prettier,
          ['--check', '--stdin-filepath', 'src/sharing/domain/example.ts'],
          { cwd: root },
          (error) => resolve(error ? ((error as { code?: number }).code ?? 1) : 0),
        );
        child.stdin?.end(source);
      });
    expect(await check('export const  example = {a:1}\n')).not.toBe(0);
    expect(await check('export const example = { a: 1 };\n')).toBe(0);
  });

  it('ESLint refuses a framework import in a domain file', async () => {
    // ESLint loads its flat config with a dynamic import, which Jest's VM cannot do: run the CLI.
    const eslint = join(root, 'node_modules/.bin/eslint');
    const source = "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n";
    const outcome = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(
        eslint,
        ['--stdin', '--stdin-filename', 'src/sharing/domain/example.ts', '--format', 'json'],
        { cwd: root },
        (error, stdout) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }),
      );
      child.stdin?.end(source);
    });
    expect(outcome.code).not.toBe(0);
    const [result] = JSON.parse(outcome.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('pass on the real source tree', async () => {
    const { code, output } = await cruise(root);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });
});
