/**
 * `i18n:status` over the real repo and over a generated tree of 2,000 pages
 * and 5,000 fragments in two locales (en + zh-CN).
 *
 * Baselines, measured in the same run: reading and hashing every Markdown
 * file (work no status can skip) for the in-process time, and starting an
 * empty script under tsx for the command's time. The absolute targets
 * (under 1 s for the real repo, under 10 s for the generated tree) are checked
 * against the command as a user runs it, with the parsed-imports cache warm
 * (the normal case) and cold (`--no-cache`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from '../run.ts';
import { formatMs, median, printRatio, timeIt } from '../report.ts';
import { generateTree } from '../../i18n/generate-tree.ts';
import { loadLayout } from '../../site/config.ts';
import { hashSource } from '../../site/hash.ts';
import { listMarkdown, markdownDirs, type SiteLayout } from '../../site/layout.ts';
import { SiteModel } from '../../site/model.ts';
import { repoStatus } from '../../site/translation-status.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function markdownFiles(root: string, layout: SiteLayout): string[] {
  return Object.keys(layout.locales).flatMap((locale) => markdownDirs(layout, locale).flatMap((dir) => listMarkdown(path.join(root, dir)).map((local) => `${dir}/${local}`)));
}

function readAndHash(root: string, layout: SiteLayout): void {
  for (const key of markdownFiles(root, layout)) hashSource(readFileSync(path.join(root, key), 'utf8'));
}

function runNode(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return performance.now() - start;
}

function cli(root: string, extra: string[] = []): number {
  return runNode([path.join(repoRoot, 'tools/i18n/cli.ts'), 'status', '--json', '--root', root, ...extra]);
}

async function measure(label: string, root: string, runs: number, targetMs: number, emptyScript: string): Promise<void> {
  const layout = await loadLayout(root);
  console.log(`${label}: ${markdownFiles(root, layout).length} Markdown files`);
  const io: number[] = [];
  for (let i = 0; i < runs; i++) io.push(await timeIt(() => readAndHash(root, layout)));
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) cold.push(await timeIt(async () => repoStatus(await SiteModel.open(root))));
  printRatio(`${label}: status in process, nothing cached`, median(cold), median(io));

  const startup = median(Array.from({ length: runs }, () => runNode([emptyScript])));
  cli(root); // primes the parsed-imports cache
  const warm = median(Array.from({ length: runs }, () => cli(root)));
  const uncached = median(Array.from({ length: Math.min(runs, 2) }, () => cli(root, ['--no-cache'])));
  printRatio(`${label}: npm run i18n:status, cache warm`, warm, startup);
  printRatio(`${label}: npm run i18n:status, --no-cache`, uncached, startup);
  const verdict = (ms: number): string => (ms < targetMs ? 'met' : 'MISSED');
  console.log(
    `${label}: target under ${formatMs(targetMs)}: warm ${verdict(warm)} (${formatMs(warm)}), cold ${verdict(uncached)} (${formatMs(uncached)}); ` +
      `tsx start-up alone takes ${formatMs(startup)} on this machine`,
  );
}

const suite: BenchSuite = {
  name: 'i18n-status',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'i18n-bench-'));
    try {
      const emptyScript = path.join(dir, 'empty.mts');
      writeFileSync(emptyScript, 'export {};\n');
      await measure('real repo', repoRoot, 5, 1000, emptyScript);
      const tree = path.join(dir, 'tree');
      generateTree(tree, { pages: 2000, fragments: 5000 });
      await measure('generated tree (2,000 pages, 5,000 fragments, en + zh-CN)', tree, 3, 10_000, emptyScript);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
