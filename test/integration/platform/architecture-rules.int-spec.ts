// The architecture rules must bite: run the real dependency-cruiser and ESLint configurations on a
// fixture tree that breaks them on purpose, and on the real src tree, which must be clean.
import { execFile } from 'node:child_process';
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
  it('fail on a domain file importing @nestjs and on a context reaching into another context', async () => {
    const { code, output } = await cruise(join(root, 'test/fixtures/architecture'));
    expect(code).not.toBe(0);
    expect(output).toContain('domain-imports-no-framework');
    expect(output).toMatch(
      /contexts-meet-through-public-files: src\/sharing\/application\/reaches-into-identity\.ts → src\/identity\/domain\/account\.ts/,
    );
    expect(output).not.toMatch(/→ src\/identity\/identity\.public\.ts/);
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
