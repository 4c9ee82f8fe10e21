/**
 * Cold two-locale build of the site with the faster toolchain (Rspack, SWC,
 * Lightning CSS) against the same build with it switched off (webpack, Babel),
 * measured in this run. Target: ratio <= 0.25.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from '../run.ts';
import { printRatio, timeIt } from '../report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [docusaurus, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`docusaurus ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Cold: no generated .docusaurus folder and no bundler caches (build/ is left alone). */
function clearCaches(): void {
  for (const dir of ['.docusaurus', 'node_modules/.cache']) rmSync(path.join(root, dir), { recursive: true, force: true });
}

async function coldBuild(faster: boolean): Promise<number> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  const env = { DOCS_FASTER: String(faster) };
  clearCaches();
  try {
    return await timeIt(() => run(['build', '--out-dir', outDir], env));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'site-build',
  async run() {
    const fast = await coldBuild(true);
    const slow = await coldBuild(false);
    printRatio('cold build, en + zh-CN, Rspack/SWC (faster) vs webpack/Babel', fast, slow, { max: 0.25 });
    // Do not leave webpack-mode caches behind for the next normal build.
    clearCaches();
  },
};

export default suite;
