/**
 * Cold and warm runs of `check:links` and `check:snippets` on the real docs,
 * each a whole process as a docs author or CI starts it. Cold: an empty cache
 * folder; warm: the same folder again, nothing changed. The yardstick, run in
 * turn with them, is bare Node with tsx (the start-up every run pays).
 * "After a docs edit": check:links with its result cache and one file's
 * parsed facts gone, the site config's and the other files' facts cached
 * (the usual pre-commit case).
 * Targets (issue 12): cold check:links < 2 s, warm runs of either < 1 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from '../run.ts';
import { formatMs, median } from '../report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function timeProcess(args: string[], cacheDir: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '', DOCS_CHECKS_CACHE_DIR: cacheDir } });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

function verdict(ms: number, targetMs: number): string {
  return `(target < ${formatMs(targetMs)}: ${ms < targetMs ? 'met' : 'MISSED'})`;
}

const suite: BenchSuite = {
  name: 'checks-cache',
  async run() {
    const startup: number[] = [];
    const tools = [
      { name: 'check:links', script: 'tools/links/cli.ts', coldRuns: 5, coldTarget: 2000 },
      { name: 'check:snippets', script: 'tools/snippets/cli.ts', coldRuns: 1, coldTarget: undefined },
    ];
    for (const tool of tools) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < tool.coldRuns; i++) {
        const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
        try {
          startup.push(timeProcess(['-e', '0'], cacheDir));
          cold.push(timeProcess([tool.script], cacheDir));
          // Three warm runs per cold one: the cache written by the cold run, nothing changed.
          for (let j = 0; j < 3; j++) warm.push(timeProcess([tool.script], cacheDir));
        } finally {
          rmSync(cacheDir, { recursive: true, force: true });
        }
      }
      // check:links after a docs edit: its result cache is gone and one file's facts too; the config's facts and the other files' are cached.
      const edited: number[] = [];
      if (tool.name === 'check:links') {
        const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
        try {
          timeProcess([tool.script], cacheDir);
          for (let i = 0; i < tool.coldRuns; i++) {
            // As if one page had been edited: no run result, and that file's facts unknown.
            rmSync(path.join(cacheDir, 'check-links.json'));
            const filesCache = path.join(cacheDir, 'check-links-files.json');
            const stored = JSON.parse(readFileSync(filesCache, 'utf8')) as { key: string; value: Record<string, unknown> };
            const editedId = Object.keys(stored.value).find((id) => id.startsWith('docs/introduction/index.mdx\0')) ?? Object.keys(stored.value)[0]!;
            delete stored.value[editedId];
            writeFileSync(filesCache, JSON.stringify(stored));
            edited.push(timeProcess([tool.script], cacheDir));
          }
        } finally {
          rmSync(cacheDir, { recursive: true, force: true });
        }
      }
      const coldMs = median(cold);
      const warmMs = median(warm);
      console.log(`${tool.name} cold (median of ${cold.length}): ${formatMs(coldMs)} ${tool.coldTarget ? verdict(coldMs, tool.coldTarget) : ''}`.trimEnd());
      if (edited.length > 0) console.log(`${tool.name} after a docs edit, config facts cached (median of ${edited.length}): ${formatMs(median(edited))} ${verdict(median(edited), 2000)}`);
      console.log(`${tool.name} warm (median of ${warm.length}): ${formatMs(warmMs)} ${verdict(warmMs, 1000)}; warm/cold ratio ${(warmMs / coldMs).toFixed(3)}`);
    }
    const startupMs = median(startup);
    console.log(`yardstick, node --import tsx -e 0 (median of ${startup.length}): ${formatMs(startupMs)}; a warm run is that plus hashing the inputs`);
  },
};

export default suite;
