/**
 * Snippet checker on the real docs against the approach of
 * typescript-docs-verifier: a fresh TypeScript program for every block.
 * Both run in this process; the baseline replays the same distinct checks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { BenchSuite } from '../run.ts';
import { formatMs, median, printRatio, timeIt } from '../report.ts';
import { checkSnippets } from '../../snippets/check.ts';
import { discover } from '../../snippets/discover.ts';
import config from '../../snippets/samples.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The baseline costs about half a second a block; this many blocks give a stable median. */
const BASELINE_BLOCKS = 8;

/** One block checked the slow way: a new program (and new parse of every declaration file). */
function freshProgramCheck(sampleDir: string, relativePath: string, text: string): number {
  const configPath = path.join(sampleDir, 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, sampleDir, undefined, configPath);
  const options: ts.CompilerOptions = { ...parsed.options, allowJs: true, checkJs: true, noEmit: true, incremental: false, moduleDetection: ts.ModuleDetectionKind.Force };
  const fileName = path.resolve(sampleDir, relativePath);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === fileName ? text : readFile(name));
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
  host.getSourceFile = (name, languageVersion, onError, create) =>
    path.resolve(name) === fileName ? ts.createSourceFile(name, text, languageVersion, true) : getSourceFile(name, languageVersion, onError, create);
  const roots = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([...roots, fileName], options, host);
  const source = program.getSourceFile(fileName)!;
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].length;
}

const suite: BenchSuite = {
  name: 'snippets',
  async run() {
    // The first run warms Node's JIT and the file cache; the median of the next three is reported.
    let result = checkSnippets({ root, config });
    const runs: number[] = [];
    const perBlockRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await timeIt(() => (result = checkSnippets({ root, config }))));
      const later = Math.max(1, result.stats.typeChecks - result.stats.services);
      perBlockRuns.push(result.stats.laterChecksMs / later);
    }
    const runMs = median(runs);
    const { stats, checks } = result;
    if (checks.length === 0) {
      console.log('no type checks to measure: no guide maps to a sample');
      return;
    }
    const perBlock = median(perBlockRuns);
    console.log(`blocks: ${stats.blocks} in ${stats.files} files; ${stats.typeChecks} distinct type checks (${stats.deduplicated} identical blocks deduplicated)`);
    console.log(`check:snippets run (median of 3): ${formatMs(runMs)} (loading and checking the sample plus the first block: ${formatMs(stats.firstCheckMs)}; problems found: ${result.problems.length})`);
    console.log(`per block after the first: ${formatMs(perBlock)} (target <= 15 ms: ${perBlock <= 15 ? 'met' : 'MISSED'})`);

    // Blocks spread over the whole list, so every sample is represented.
    const count = Math.min(BASELINE_BLOCKS, checks.length);
    const sampled = Array.from({ length: count }, (_, i) => checks[Math.floor((i * checks.length) / count)]!);
    const baselineTimes: number[] = [];
    for (const check of sampled) {
      baselineTimes.push(await timeIt(() => freshProgramCheck(path.join(root, check.sample), check.path, check.text)));
    }
    const baselinePerBlock = median(baselineTimes);
    // The baseline has to find the blocks too: same discovery, then one program per block.
    const discoveryMs = await timeIt(() => discover(root, config));
    const baselineTotal = discoveryMs + baselinePerBlock * checks.length;
    console.log(
      `baseline (fresh program per block): median ${formatMs(baselinePerBlock)} per block over ${sampled.length} blocks; ` +
        `finding the blocks ${formatMs(discoveryMs)} + ${checks.length} blocks → ${formatMs(baselineTotal)}` +
        (sampled.length < checks.length ? ' (extrapolated)' : ''),
    );
    printRatio('whole run vs baseline', runMs, baselineTotal, { max: 1 / 20 });
    printRatio('per block after the first vs baseline per block', perBlock, baselinePerBlock, { max: 1 / 20 });
  },
};

export default suite;
