/**
 * A throwaway copy of the site (sources only, node_modules linked) that a test
 * can break on purpose and build, without touching the real tree.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './built-site.ts';

// tools/ too: the site's remark plugins share code with the docs tools; samples/
// because the build emits each guide's sample files for "Download sample".
const copied = ['docs', 'fragments', 'i18n', 'samples', 'src', 'static', 'tools', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
const notCopied = /[\\/](node_modules|\.next)([\\/]|$)|[\\/]\.env(\.[^\\/]*)?\.local$/;

export interface SiteCopy {
  dir: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  build(locale?: string): Promise<{ code: number; output: string }>;
  remove(): void;
}

export function copySite(): SiteCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-site-'));
  for (const entry of copied) {
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true, filter: (source) => !notCopied.test(source) });
  }
  // The sample zip lists committed files with git ls-files: the copy is a repository of its own.
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const target = path.join(dir, file);
      writeFileSync(target, change(readFileSync(target, 'utf8')));
    },
    write(file, text) {
      writeFileSync(path.join(dir, file), text);
    },
    build(locale = 'en') {
      return new Promise((resolve) => {
        const child = spawn(
          process.execPath,
          [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', locale],
          { cwd: dir, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
        );
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
