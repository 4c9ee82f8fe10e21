/**
 * One run of the snippet checker: discover files, read annotations, type-check
 * every block against the samples of its guides (identical checks once), check
 * the walkthroughs, and collect every problem with its place in the Markdown
 * file. Translations are type-checked like English; whether their code equals
 * the English blocks is i18n:check's job (tools/i18n/parity.ts).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import ts from 'typescript';
import { parseAnnotations, type Annotations } from '../site/annotations.ts';
import { discover, selectShard, selectWithImporters } from './discover.ts';
import type { Shard } from '../site/shard.ts';
import type { CodeBlock } from './extract.ts';
import type { SnippetsConfig } from './samples.config.ts';
import { checkWalkthroughs } from './walkthrough-rules.ts';
import { atCode, CHECKED_LANGUAGES, type Problem, type ProblemKind } from './problem.ts';
import { groupSamples, loadSample, optionProblems, SnippetChecker, type Sample, type SnippetDiagnostic, type SnippetFile } from './type-check.ts';

export type { Problem, ProblemKind };

export interface SkippedBlock {
  file: string;
  line: number;
  reason: string;
}

export interface RunStats {
  files: number;
  /** Blocks in a checked language (ts, tsx, js, jsx, typescript, javascript). */
  blocks: number;
  /** Block × sample pairs that were type-checked. */
  checked: number;
  /** Distinct type checks actually run. */
  typeChecks: number;
  /** Checks saved because an identical block was already checked in the same place. */
  deduplicated: number;
  skipped: number;
  /** Blocks of no guide with a sample, listed so nobody assumes they were checked. */
  unmapped: number;
  /** Fences in other languages (bash, json, ...), ignored. */
  otherLanguages: number;
  /** Wall-clock time of the run, and of the first type check (it loads every declaration file). */
  totalMs: number;
  firstCheckMs: number;
  /** Time of all type checks after the first of each sample. */
  laterChecksMs: number;
  /** Samples that had something to check. */
  samples: number;
  /** Language services (programs) the samples needed: one unless a sample must stay apart. */
  services: number;
}

export interface RunResult {
  problems: Problem[];
  skipped: SkippedBlock[];
  unmapped: Array<{ file: string; line: number }>;
  warnings: string[];
  stats: RunStats;
  /** File texts, for code frames. */
  sources: Map<string, string>;
  /** The distinct type checks run, as (sample folder, path in the sample, text); the benchmark replays them. */
  checks: Array<{ sample: string; path: string; text: string }>;
}

export interface CheckOptions {
  root: string;
  config: SnippetsConfig;
  /** Only these files (repository-relative) and the files that import them (`--files`). */
  files?: string[];
  /** Only the files of this shard (`--shard i/n`, tools/site/shard.ts); with `files`, the files in both. */
  shard?: Shard;
}


const SCRATCH = '\0scratch';
const tsExtensions = new Set(['.ts', '.tsx', '.mts', '.cts']);
const jsExtensions = new Set(['.js', '.jsx', '.mjs', '.cjs']);
const jsxExtensions = new Set(['.tsx', '.jsx']);

interface Job {
  sample: string;
  virtualPath: string;
  code: string;
  blocks: Array<{ block: CodeBlock; annotations: Annotations }>;
}

export function checkSnippets({ root, config, files, shard }: CheckOptions): RunResult {
  const start = performance.now();
  const discovery = discover(root, config);
  let selected = files === undefined ? undefined : selectWithImporters(discovery, files);
  if (shard !== undefined) {
    const inShard = selectShard(discovery, shard, config);
    selected = selected === undefined ? inShard : new Set([...selected].filter((file) => inShard.has(file)));
  }
  const problems: Problem[] = [];
  const skipped: SkippedBlock[] = [];
  const unmapped: Array<{ file: string; line: number }> = [];
  const warnings = discovery.unresolvedImports.map((note) => `import of a missing Markdown file: ${note}`);
  const stats: RunStats = {
    files: discovery.files.size,
    blocks: 0,
    checked: 0,
    typeChecks: 0,
    deduplicated: 0,
    skipped: 0,
    unmapped: 0,
    otherLanguages: 0,
    totalMs: 0,
    firstCheckMs: 0,
    laterChecksMs: 0,
    samples: 0,
    services: 0,
  };
  const jobs = new Map<string, Job>();

  for (const file of discovery.files.values()) {
    if (selected !== undefined && !selected.has(file.path)) continue;
    if (file.parseError) {
      const { line, column, message } = file.parseError;
      problems.push({ file: file.path, line, column, code: 'parse', message: `${message} (the site cannot build this file either)` });
      continue;
    }
    for (const { line, column, message } of file.uncheckable) problems.push({ file: file.path, line, column, code: 'jsx-code', message });
    for (const block of file.blocks) {
      if (!CHECKED_LANGUAGES.has(block.lang)) {
        if (block.lang !== '') stats.otherLanguages++;
        continue;
      }
      stats.blocks++;
      const lineCount = block.code === '' ? 0 : block.code.split('\n').length;
      const annotations = parseAnnotations(block.meta, lineCount);
      for (const message of annotations.problems) problems.push(atFence(block, 'annotation', message));
      if (annotations.skip !== undefined) {
        stats.skipped++;
        skipped.push({ file: block.file, line: block.fenceLine, reason: annotations.skip });
        continue;
      }
      if (annotations.problems.length > 0) continue;
      // An excerpt is a part of a file: walkthrough-rules.ts checks it against the whole file the guide built.
      if (annotations.excerpt !== undefined) continue;
      const samples = discovery.samplesOf.get(file.path);
      if (samples === undefined || samples.size === 0) {
        stats.unmapped++;
        unmapped.push({ file: block.file, line: block.fenceLine });
        continue;
      }
      const target = virtualPathFor(block, annotations);
      if (typeof target !== 'string') {
        problems.push(target);
        continue;
      }
      for (const sample of samples) {
        stats.checked++;
        const virtualPath = target.startsWith(SCRATCH) ? scratchPath(config, sample, target.slice(SCRATCH.length)) : target;
        const key = `${sample}\0${virtualPath}\0${block.code}`;
        const job = jobs.get(key) ?? { sample, virtualPath, code: block.code, blocks: [] };
        if (job.blocks.length > 0) stats.deduplicated++;
        job.blocks.push({ block, annotations });
        jobs.set(key, job);
      }
    }
  }

  const checks = runTypeChecks(root, [...jobs.values()], problems, stats);
  const pages = [...discovery.files.values()].filter((file) => file.isPage && file.locale === config.defaultLocale && !file.parseError).map((file) => file.path);
  problems.push(...checkWalkthroughs(root, config, pages).filter((problem) => selected === undefined || selected.has(problem.file)));

  const sources = new Map<string, string>();
  for (const file of discovery.files.values()) sources.set(file.path, file.text);
  stats.totalMs = performance.now() - start;
  return { problems: mergeProblems(problems), skipped, unmapped, warnings, stats, sources, checks };
}

/**
 * The sample-relative path a block is checked as: its title, or a scratch file
 * in the guide's scratch folder. A title that contradicts the block is a problem.
 */
function virtualPathFor(block: CodeBlock, annotations: Annotations): string | Problem {
  const lang = block.lang;
  const isTsLang = lang === 'ts' || lang === 'tsx' || lang === 'typescript';
  let extension: string;
  let relative: string | undefined;
  if (annotations.title !== undefined) {
    relative = path.posix.normalize(annotations.title.replace(/^\.\//, ''));
    if (path.posix.isAbsolute(relative) || relative.startsWith('../')) {
      return atFence(block, 'title', `title="${annotations.title}" must be a path inside the sample, like app/page.tsx`);
    }
    extension = path.posix.extname(relative);
    if (!tsExtensions.has(extension) && !jsExtensions.has(extension)) {
      return atFence(block, 'title', `title="${annotations.title}" is not a TypeScript or JavaScript file, but the fence says \`${lang}\`; fix the title or the language`);
    }
    if (isTsLang && jsExtensions.has(extension)) {
      return atFence(block, 'title', `the fence says \`${lang}\` but title="${annotations.title}" is a JavaScript file; make them agree`);
    }
    if (!isTsLang && tsExtensions.has(extension)) {
      return atFence(block, 'title', `the fence says \`${lang}\` but title="${annotations.title}" is a TypeScript file; make them agree`);
    }
  } else {
    extension = { ts: '.ts', typescript: '.ts', tsx: '.tsx', js: '.js', javascript: '.js', jsx: '.jsx' }[lang] ?? '.ts';
  }
  if (!jsxExtensions.has(extension)) {
    const jsx = firstJsx(block.code, isTsLang ? ts.ScriptKind.TSX : ts.ScriptKind.JSX);
    if (jsx !== undefined) {
      const fix =
        annotations.title !== undefined
          ? `JSX needs a .${isTsLang ? 'tsx' : 'jsx'} file: rename the title to ${relative!.slice(0, -extension.length)}.${isTsLang ? 'tsx' : 'jsx'}`
          : `JSX needs \`${isTsLang ? 'tsx' : 'jsx'}\` as the fence language`;
      return { ...atCode(block, jsx.line, jsx.character), code: 'title', message: `the block contains JSX but is checked as a ${extension} file; ${fix}` };
    }
  }
  if (relative !== undefined) return relative;
  // A marker for "the guide's scratch folder", resolved per sample.
  return `${SCRATCH}${extension}`;
}

function scratchPath(config: SnippetsConfig, sample: string, extension: string): string {
  const dir = config.guides.find((guide) => guide.sample === sample)?.scratchDir ?? '.';
  return path.posix.join(dir, `__snippet__${extension}`);
}

/** The first JSX element of code that parses cleanly as TSX/JSX, if any. */
function firstJsx(code: string, kind: ts.ScriptKind): { line: number; character: number } | undefined {
  const source = ts.createSourceFile(kind === ts.ScriptKind.TSX ? 'x.tsx' : 'x.jsx', code, ts.ScriptTarget.Latest, true, kind);
  // A `.ts` cast like `<string>value` is not JSX: only trust a clean JSX parse.
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return undefined;
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found === undefined ? undefined : source.getLineAndCharacterOfPosition(found.getStart(source));
}

function runTypeChecks(root: string, jobs: Job[], problems: Problem[], stats: RunStats): RunResult['checks'] {
  const checks: RunResult['checks'] = [];
  const bySample = new Map<string, Job[]>();
  for (const job of jobs) bySample.set(job.sample, [...(bySample.get(job.sample) ?? []), job]);

  // Load every sample's tsconfig.json; a sample that cannot be loaded fails its blocks.
  const loaded: Array<{ name: string; sample: Sample }> = [];
  for (const [name, sampleJobs] of bySample) {
    const dir = path.join(root, name);
    let failure: string | undefined;
    if (!existsSync(dir)) failure = `the sample ${name} does not exist; tools/snippets/samples.config.ts maps this guide to it`;
    else {
      try {
        const sample = loadSample(dir);
        loaded.push({ name, sample });
        for (const problem of optionProblems(sample)) {
          problems.push({ file: `${name}/tsconfig.json`, line: problem.line ?? 1, column: problem.column ?? 1, code: 'sample', message: problem.message });
        }
      } catch (error) {
        failure = `cannot load ${name}/tsconfig.json: ${(error as Error).message}`;
      }
    }
    if (failure === undefined) continue;
    for (const job of sampleJobs) {
      for (const { block } of job.blocks) problems.push({ ...atFence(block, 'sample', failure), checkedAs: [`${name}/${job.virtualPath}`] });
    }
  }

  // One language service per group of samples that can share a program (usually one for the run).
  const nameOf = new Map(loaded.map(({ name, sample }) => [sample, name]));
  for (const group of groupSamples(loaded.map(({ sample }) => sample))) {
    const started = performance.now();
    const checker = new SnippetChecker(group);
    // Setting up the service is part of the first check.
    stats.firstCheckMs += performance.now() - started;
    const groupJobs: Array<{ job: Job; file: SnippetFile }> = [];
    for (const sample of group) {
      const name = nameOf.get(sample)!;
      // Untitled blocks get their own scratch file each, so they can share a program.
      let scratch = 0;
      for (const job of bySample.get(name)!) {
        const relative = job.virtualPath.includes('__snippet__') ? job.virtualPath.replace('__snippet__', `__snippet_${++scratch}__`) : job.virtualPath;
        groupJobs.push({ job, file: { sampleDir: sample.dir, path: relative, text: job.code } });
        checks.push({ sample: name, path: relative, text: job.code });
      }
      stats.samples++;
    }
    stats.typeChecks += groupJobs.length;
    stats.services++;
    const results = checker.checkMany(groupJobs.map(({ file }) => file));
    stats.firstCheckMs += checker.timings.firstMs;
    stats.laterChecksMs += checker.timings.laterMs;
    groupJobs.forEach(({ job }, index) => {
      const checkedAs = `${job.sample}/${job.virtualPath}`;
      for (const { block, annotations } of job.blocks) problems.push(...problemsForBlock(block, annotations, results[index]!, checkedAs));
    });
  }
  return checks;
}

function problemsForBlock(block: CodeBlock, annotations: Annotations, diagnostics: SnippetDiagnostic[], checkedAs: string): Problem[] {
  const expected = new Set(annotations.expectErrors);
  const seen = new Set<number>();
  const hidden = new Set(annotations.hidden);
  const problems: Problem[] = [];
  for (const diagnostic of diagnostics) {
    if (expected.has(diagnostic.code)) {
      seen.add(diagnostic.code);
      continue;
    }
    const note = hidden.has(diagnostic.line + 1) ? ' (in a hidden line)' : '';
    problems.push({ ...atCode(block, diagnostic.line, diagnostic.character), code: `TS${diagnostic.code}`, message: diagnostic.message + note, checkedAs: [checkedAs] });
  }
  for (const code of expected) {
    if (!seen.has(code)) {
      problems.push({
        ...atFence(block, 'expect-error', `expected TS${code}, but the block no longer produces it; update the block so it shows the mistake again, or remove expect-error`),
        checkedAs: [checkedAs],
      });
    }
  }
  return problems;
}

function atFence(block: CodeBlock, code: ProblemKind, message: string): Problem {
  return { file: block.file, line: block.fenceLine, column: block.fenceColumn, code, message };
}

/** Position in the Markdown file of a 0-based line/character inside a block. */
/** The same error found through several samples is one problem that lists each sample. */
function mergeProblems(problems: Problem[]): Problem[] {
  const merged = new Map<string, Problem>();
  for (const problem of problems) {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.code}:${problem.message}`;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, { ...problem, checkedAs: problem.checkedAs ? [...problem.checkedAs] : undefined });
    else if (problem.checkedAs) existing.checkedAs = [...new Set([...(existing.checkedAs ?? []), ...problem.checkedAs])];
  }
  return [...merged.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
