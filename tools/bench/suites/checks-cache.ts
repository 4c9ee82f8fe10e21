/**
 * Cold and warm runs of `check:links` and `check:snippets` on the real docs,
 * each a whole process started the way `npm run check:*` starts it
 * (`node tools/cli/run.mjs tools/<tool>/cli.ts`). Cold: an empty result cache
 * and no compiled bundle; warm: the same folders again, nothing changed.
 * "After a docs edit": check:links with its result cache and one file's
 * parsed facts gone (the usual pre-commit case). Compared in the same run:
 * the warm run straight from source (`node --import tsx`, what the scripts
 * did before tools/cli/run.mjs), and the start-up of bare `node` and of
 * `node --import tsx`. Wall and CPU (user + system of the tool's process;
 * esbuild's own process, cold only, is not counted) are medians; the load
 * average is printed, since the machine may be shared.
 * Targets (issue 12): cold check:links < 2 s, warm runs of either < 1 s (wall).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from '../run.ts';
import { formatMs, median } from '../report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cpuProbe = path.join(path.dirname(fileURLToPath(import.meta.url)), '../cpu-probe.mjs');

interface Folders {
  /** Result caches (DOCS_CHECKS_CACHE_DIR). */
  results: string;
  /** Compiled tools (DOCS_TOOLS_BUNDLE_DIR); inside the repository so packages resolve. */
  bundles: string;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function freshFolders(): Folders {
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  return { results: mkdtempSync(path.join(os.tmpdir(), 'bench-cache-')), bundles: mkdtempSync(path.join(root, 'node_modules/.cache/bench-bundles-')) };
}

function removeFolders(folders: Folders): void {
  rmSync(folders.results, { recursive: true, force: true });
  rmSync(folders.bundles, { recursive: true, force: true });
}

/** Runs `node [cpu probe] ...args` in the repository; wall time from here, CPU time as the process reports it at exit. */
function timeProcess(args: string[], folders: Folders): Timing {
  const cpuFile = path.join(folders.results, 'cpu.json');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', cpuProbe, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', DOCS_CHECKS_CACHE_DIR: folders.results, DOCS_TOOLS_BUNDLE_DIR: folders.bundles, BENCH_CPU_FILE: cpuFile },
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const usage = JSON.parse(readFileSync(cpuFile, 'utf8')) as { userCPUTime: number; systemCPUTime: number };
  return { wallMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
}

function summary(timings: Timing[]): string {
  return `wall ${formatMs(median(timings.map((t) => t.wallMs)))}, cpu ${formatMs(median(timings.map((t) => t.cpuMs)))} (median of ${timings.length})`;
}

function verdict(timings: Timing[], targetMs: number): string {
  const wall = median(timings.map((t) => t.wallMs));
  return `target wall < ${formatMs(targetMs)}: ${wall < targetMs ? 'met' : 'MISSED'}`;
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

const suite: BenchSuite = {
  name: 'checks-cache',
  async run() {
    console.log(`load average at the start (1, 5, 15 min): ${loadAverage()} on ${os.cpus().length} CPUs`);
    const tools = [
      { name: 'check:links', script: 'tools/links/cli.ts', coldRuns: 5, coldTarget: 2000 as number | undefined },
      { name: 'check:snippets', script: 'tools/snippets/cli.ts', coldRuns: 1, coldTarget: undefined },
    ];
    for (const tool of tools) {
      const command = ['tools/cli/run.mjs', tool.script];
      const cold: Timing[] = [];
      const warm: Timing[] = [];
      const warmFromSource: Timing[] = [];
      for (let i = 0; i < tool.coldRuns; i++) {
        const folders = freshFolders();
        try {
          cold.push(timeProcess(command, folders));
          // Three warm runs per cold one: the cache written by the cold run, nothing changed; then the same from source.
          for (let j = 0; j < 3; j++) warm.push(timeProcess(command, folders));
          warmFromSource.push(timeProcess(['--import', 'tsx', tool.script], folders));
        } finally {
          removeFolders(folders);
        }
      }
      // check:links after a docs edit: its result cache is gone and one file's facts too; the config's facts and the other files' are cached.
      const edited: Timing[] = [];
      if (tool.name === 'check:links') {
        const folders = freshFolders();
        try {
          timeProcess(command, folders);
          for (let i = 0; i < tool.coldRuns; i++) {
            rmSync(path.join(folders.results, 'check-links.json'));
            const filesCache = path.join(folders.results, 'check-links-files.json');
            const stored = JSON.parse(readFileSync(filesCache, 'utf8')) as { key: string; value: Record<string, unknown> };
            const editedId = Object.keys(stored.value).find((id) => id.startsWith('docs/introduction/index.mdx\0')) ?? Object.keys(stored.value)[0]!;
            delete stored.value[editedId];
            writeFileSync(filesCache, JSON.stringify(stored));
            edited.push(timeProcess(command, folders));
          }
        } finally {
          removeFolders(folders);
        }
      }
      console.log(`${tool.name} cold: ${summary(cold)}${tool.coldTarget ? `; ${verdict(cold, tool.coldTarget)}` : ''}`);
      if (edited.length > 0) console.log(`${tool.name} after a docs edit: ${summary(edited)}; ${verdict(edited, 2000)}`);
      console.log(`${tool.name} warm: ${summary(warm)}; ${verdict(warm, 1000)}`);
      const ratio = median(warm.map((t) => t.wallMs)) / median(warmFromSource.map((t) => t.wallMs));
      console.log(`${tool.name} warm from source (node --import tsx): ${summary(warmFromSource)}; compiled/source wall ratio ${ratio.toFixed(3)}`);
    }
    const folders = freshFolders();
    try {
      const bare: Timing[] = [];
      const tsx: Timing[] = [];
      for (let i = 0; i < 5; i++) {
        bare.push(timeProcess(['-e', '0'], folders));
        tsx.push(timeProcess(['--import', 'tsx', '-e', '0'], folders));
      }
      console.log(`yardstick, node -e 0: ${summary(bare)}; node --import tsx -e 0: ${summary(tsx)}`);
    } finally {
      removeFolders(folders);
    }
    console.log(`load average at the end: ${loadAverage()}`);
  },
};

export default suite;
