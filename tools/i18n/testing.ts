/** Shared by the i18n tests: temporary copies of fixtures, the CLI as a user runs it, and git. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const fixtures = path.join(here, 'fixtures');
export const ZH_DOCS = 'i18n/zh-CN/docusaurus-plugin-content-docs/current';

/** Copies a fixture folder to a fresh temporary directory; `cleanup` removes it. */
export function copyFixture(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `i18n-${name.replace(/\W/g, '-')}-`));
  cpSync(path.join(fixtures, name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tools/i18n/cli.ts` against a site folder, like `npm run i18n:<command> -- --root <dir>`. */
export function runCli(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'cli.ts'), ...args, '--root', root], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}
