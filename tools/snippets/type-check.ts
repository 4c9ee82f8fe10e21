/**
 * Type-checks snippets inside samples with one long-lived TypeScript language
 * service for the whole run. Snippets are overlaid as virtual files at the
 * paths they stand for; between checks only those files change, so TypeScript
 * reuses every other parsed and bound file.
 *
 * Samples whose compiler options agree (all but the per-folder `paths` and
 * `baseUrl`) live in one program: each file's imports are resolved with the
 * options of the sample it belongs to, so `@/lib/logto` means that sample's
 * file. One type checker then resolves React, Next and SDK types once for all
 * samples. A sample that could change what other samples see (its own
 * node_modules, global declarations, different options) gets its own service.
 *
 * Many snippets share one program ("batch"). A snippet's own errors depend only
 * on its folder (relative imports), the compiler options and what it imports,
 * so a snippet titled app/logto.ts is checked as a sibling file
 * app/__snippet3__.logto.ts: same imports, yet no other file sees it. Only a
 * snippet that reaches its own path through its imports (a cycle) or declares
 * globals must really replace the file; those never share a batch with a
 * snippet that could see them, so every result equals a check of that snippet
 * on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import ts from 'typescript';

export interface SnippetDiagnostic {
  code: number;
  message: string;
  /** 0-based line and character inside the snippet. */
  line: number;
  character: number;
}

export interface SampleProblem {
  message: string;
  /** 1-based place in the sample's tsconfig.json, when TypeScript knows it. */
  line?: number;
  column?: number;
}

export interface SnippetFile {
  /** Absolute folder of the sample the snippet belongs to. */
  sampleDir: string;
  /** Path relative to the sample. */
  path: string;
  text: string;
}

/** A sample's tsconfig.json, read once. */
export interface Sample {
  dir: string;
  options: ts.CompilerOptions;
  /** Declaration files the tsconfig includes (global types such as next-env.d.ts). */
  declarationRoots: string[];
  /** Why this sample cannot share a program with others, if it cannot. */
  isolatedBecause?: string;
}

/** Options that only say where this sample's own imports point; resolved per sample. */
const PER_SAMPLE_OPTIONS = new Set(['paths', 'pathsBasePath', 'baseUrl', 'configFilePath', 'rootDirs']);
const GLOBAL_DECLARATION = /\bdeclare\s+(global|module)\b/;

/** Reads a sample's tsconfig.json; throws an Error with a readable message when it is unusable. */
export function loadSample(sampleDir: string): Sample {
  const dir = path.resolve(sampleDir);
  const configPath = path.join(dir, 'tsconfig.json');
  if (!existsSync(configPath)) throw new Error(`${path.relative(process.cwd(), configPath)} does not exist; every sample needs one`);
  // Parsed as a source file, so option problems point at their line in tsconfig.json.
  const json = ts.readJsonConfigFile(configPath, ts.sys.readFile);
  const syntax = (json as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  if (syntax.length > 0) throw new Error(syntax.map(formatPlain).join('\n'));
  const parsed = ts.parseJsonSourceFileConfigFileContent(json, ts.sys, dir, undefined, configPath);
  const fatal = parsed.errors.filter((error) => error.code !== 18003); // 18003: no inputs yet is fine
  if (fatal.length > 0) throw new Error(fatal.map(formatPlain).join('\n'));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    // JavaScript blocks get the same scrutiny as TypeScript ones.
    allowJs: true,
    checkJs: true,
    // Every file of an app is a module; a snippet without imports is one too.
    moduleDetection: ts.ModuleDetectionKind.Force,
    noEmit: true,
    incremental: false,
    composite: false,
    tsBuildInfoFile: undefined,
  };
  // Like TypeScript itself, keep the parsed tsconfig.json out of enumeration (it is a whole syntax tree).
  Object.defineProperty(options, 'configFile', { value: parsed.options.configFile, enumerable: false });
  // Declaration files are roots; sample files join the program when a snippet needs them.
  // Next's generated route types (.next/) exist only after `next dev` or `next build`: leaving
  // them out makes a check give the same answer on a clean checkout as after a build.
  const declarationRoots = parsed.fileNames.map((name) => path.resolve(name)).filter((name) => name.endsWith('.d.ts') && !isGenerated(dir, name));
  return { dir, options, declarationRoots, isolatedBecause: isolationReason(dir, declarationRoots) };
}

/** Problems with a sample's compiler options (a program without files checks only those). */
export function optionProblems(sample: Sample): SampleProblem[] {
  return ts
    .createProgram({ rootNames: [], options: sample.options })
    .getOptionsDiagnostics()
    .map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (diagnostic.file === undefined || diagnostic.start === undefined) return { message: `TS${diagnostic.code}: ${message}` };
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return { message: `TS${diagnostic.code}: ${message}`, line: line + 1, column: character + 1 };
    });
}

/** Samples that can share one program, in their given order; most runs get one group. */
export function groupSamples(samples: Sample[]): Sample[][] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const key = sample.isolatedBecause === undefined ? sharedOptionsKey(sample.options) : `\0${sample.dir}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  return [...groups.values()];
}

export class SnippetChecker {
  private readonly samples: Sample[];
  private readonly options: ts.CompilerOptions;
  private readonly service: ts.LanguageService;
  private readonly resolutionHost: ts.ModuleResolutionHost;
  /** Per sample, a module resolution cache for the current program (overlays change what exists). */
  private resolutionCaches = new Map<Sample, ts.ModuleResolutionCache>();
  private readonly diskVersions = new Map<string, string>();
  private readonly snapshots = new Map<string, { version: string; snapshot: ts.IScriptSnapshot }>();
  /** Absolute file name → text of the snippets of the current batch. */
  private overlays = new Map<string, { text: string; version: string }>();
  /** Sample files checked first in each program, so the checker has resolved the package types snippets use. */
  private warmFiles: string[] = [];
  private counter = 0;
  /** Time spent up to the first snippet's errors (loading every declaration file), and on all the others. */
  readonly timings = { firstMs: 0, laterMs: 0, checks: 0 };

  /** `samples` must be one group of groupSamples. */
  constructor(samples: Sample[]) {
    if (samples.length === 0) throw new Error('a checker needs at least one sample');
    this.samples = samples;
    this.options = samples[0]!.options;
    this.resolutionHost = {
      fileExists: (fileName) => this.overlays.has(path.resolve(fileName)) || ts.sys.fileExists(fileName),
      readFile: (fileName) => this.overlays.get(path.resolve(fileName))?.text ?? ts.sys.readFile(fileName),
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
      useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    };
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => this.options,
      getScriptFileNames: () => [...new Set([...samples.flatMap((sample) => sample.declarationRoots), ...this.warmFiles, ...this.overlays.keys()])],
      getScriptVersion: (fileName) => this.versionOf(fileName),
      getScriptSnapshot: (fileName) => this.snapshotOf(fileName),
      getCurrentDirectory: () => samples[0]!.dir,
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: this.resolutionHost.fileExists,
      readFile: this.resolutionHost.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
      resolveModuleNameLiterals: (literals, containingFile, _redirected, _options, containingSourceFile) =>
        this.resolveImports(literals, containingFile, containingSourceFile),
      // JSDoc matters for types only in JavaScript files; skipping it in declaration files halves parsing.
      jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, undefined, ts.JSDocParsingMode.ParseForTypeErrors));
  }

  /** Checks one snippet as the file `relativePath` of a sample (replacing it when it exists). */
  check(sampleDir: string, relativePath: string, text: string): SnippetDiagnostic[] {
    return this.checkMany([{ sampleDir, path: relativePath, text }])[0]!;
  }

  /**
   * Checks snippets in as few programs as possible; each result is what a
   * check of that snippet on its own would give.
   */
  checkMany(files: SnippetFile[]): SnippetDiagnostic[][] {
    const results: SnippetDiagnostic[][] = new Array(files.length);
    const snippetPaths = new Set(files.map((file) => path.resolve(file.sampleDir, file.path)));
    const graphs = new Map(this.samples.map((sample) => [path.resolve(sample.dir), new ImportGraph(sample.dir, sample.options, snippetPaths)]));
    const warm = new Set<string>();
    type Batch = { members: Array<{ index: number; path: string }>; paths: Set<string>; reach: Set<string>; alone: boolean };
    const batches: Batch[] = [];
    files.forEach((file, index) => {
      const graph = graphs.get(path.resolve(file.sampleDir));
      if (graph === undefined) throw new Error(`${file.sampleDir} is not a sample of this checker`);
      const own = path.resolve(file.sampleDir, file.path);
      const reach = graph.reachableFrom(own, file.text);
      // The sample's version of a titled block, and what blocks import, are what the blocks resemble.
      for (const name of [own, ...reach]) if (existsSync(name) && !name.endsWith('.d.ts')) warm.add(name);
      const declaresGlobals = GLOBAL_DECLARATION.test(file.text);
      const inPlace = declaresGlobals || reach.has(own);
      const checkedPath = inPlace ? own : path.join(path.dirname(own), `__snippet${index}__.${path.basename(own)}`);
      const fits = (batch: Batch): boolean =>
        !batch.alone && !batch.paths.has(checkedPath) && !batch.reach.has(checkedPath) && ![...reach].some((name) => batch.paths.has(name));
      // Global declarations would leak into every other snippet of the batch.
      const batch = declaresGlobals ? undefined : batches.find(fits);
      if (batch === undefined) {
        batches.push({ members: [{ index, path: checkedPath }], paths: new Set([checkedPath]), reach, alone: declaresGlobals });
      } else {
        batch.members.push({ index, path: checkedPath });
        batch.paths.add(checkedPath);
        for (const name of reach) batch.reach.add(name);
      }
    });
    this.warmFiles = [...warm].sort();
    for (const batch of batches) {
      const diagnostics = this.checkBatch(batch.members.map(({ index, path: checkedPath }) => ({ fileName: checkedPath, text: files[index]!.text })));
      batch.members.forEach(({ index }, position) => (results[index] = diagnostics[position]!));
    }
    return results;
  }

  /** Overlays all files at once (their paths must differ) and returns each one's errors. */
  private checkBatch(files: Array<{ fileName: string; text: string }>): SnippetDiagnostic[][] {
    const next = new Map<string, { text: string; version: string }>();
    for (const file of files) next.set(file.fileName, { text: file.text, version: `snippet-${++this.counter}` });
    // Files replaced last time read as changed again: they are back to their disk text.
    for (const previous of this.overlays.keys()) {
      if (!next.has(previous)) this.diskVersions.set(previous, `disk-${++this.counter}`);
    }
    this.overlays = next;
    this.resolutionCaches = new Map();
    let clock = performance.now();
    // One synchronisation for the whole batch; the service would otherwise re-verify every file per call.
    const program = this.service.getProgram()!;
    // Checking the sample files the snippets mirror or import resolves the package types
    // (React, Next, the SDK) they use, once per program; each snippet then costs only its own code.
    for (const name of this.warmFiles) {
      const source = this.overlays.has(name) ? undefined : program.getSourceFile(name);
      if (source !== undefined) program.getSemanticDiagnostics(source);
    }
    return files.map((file) => {
      const source = program.getSourceFile(file.fileName)!;
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      const now = performance.now();
      if (this.timings.checks++ === 0) this.timings.firstMs += now - clock;
      else this.timings.laterMs += now - clock;
      clock = now;
      return diagnostics
        .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.start !== undefined)
        .map((diagnostic) => {
          const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start!);
          return { code: diagnostic.code, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'), line, character };
        });
    });
  }

  /** Resolves imports with the options of the sample the importing file belongs to. */
  private resolveImports(literals: readonly ts.StringLiteralLike[], containingFile: string, containingSourceFile: ts.SourceFile): ts.ResolvedModuleWithFailedLookupLocations[] {
    const sample = this.sampleOf(containingFile);
    let cache = this.resolutionCaches.get(sample);
    if (cache === undefined) {
      cache = ts.createModuleResolutionCache(sample.dir, (name) => name, sample.options);
      this.resolutionCaches.set(sample, cache);
    }
    return literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, sample.options);
      const resolved = ts.resolveModuleName(literal.text, containingFile, sample.options, this.resolutionHost, cache, undefined, mode);
      const target = resolved.resolvedModule?.resolvedFileName;
      // next-env.d.ts imports the generated route types; they are left out (see loadSample).
      if (target !== undefined && this.samples.some((other) => isGenerated(other.dir, path.resolve(target)))) return { resolvedModule: undefined };
      return resolved;
    });
  }

  /** The sample a file belongs to; package files resolve alike in every sample of a group. */
  private sampleOf(fileName: string): Sample {
    const resolved = path.resolve(fileName);
    let best = this.samples[0]!;
    let bestLength = -1;
    for (const sample of this.samples) {
      if (resolved.startsWith(sample.dir + path.sep) && sample.dir.length > bestLength) {
        best = sample;
        bestLength = sample.dir.length;
      }
    }
    return best;
  }

  private versionOf(fileName: string): string {
    return this.overlays.get(fileName)?.version ?? this.diskVersions.get(fileName) ?? 'disk';
  }

  private snapshotOf(fileName: string): ts.IScriptSnapshot | undefined {
    const version = this.versionOf(fileName);
    const cached = this.snapshots.get(fileName);
    if (cached?.version === version) return cached.snapshot;
    const overlay = this.overlays.get(fileName);
    let text: string;
    if (overlay !== undefined) text = overlay.text;
    else if (existsSync(fileName)) text = readFileSync(fileName, 'utf8');
    else return undefined;
    const snapshot = ts.ScriptSnapshot.fromString(text);
    this.snapshots.set(fileName, { version, snapshot });
    return snapshot;
  }
}

/**
 * Which sample files a snippet imports, directly or through other sample files
 * (node_modules never import the sample). Snippet paths count as existing, so a
 * snippet importing a file another snippet creates is seen as depending on it.
 */
class ImportGraph {
  private readonly cache: ts.ModuleResolutionCache;
  private readonly host: ts.ModuleResolutionHost;
  private readonly importsOf = new Map<string, string[]>();

  constructor(
    private readonly sampleDir: string,
    private readonly options: ts.CompilerOptions,
    snippetPaths: Set<string>,
  ) {
    this.cache = ts.createModuleResolutionCache(sampleDir, (name) => name, options);
    this.host = { ...ts.sys, fileExists: (name) => snippetPaths.has(path.resolve(name)) || ts.sys.fileExists(name) };
  }

  reachableFrom(fileName: string, text: string): Set<string> {
    const reached = new Set<string>();
    const stack = this.localImports(fileName, text);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (reached.has(next)) continue;
      reached.add(next);
      let imports = this.importsOf.get(next);
      if (imports === undefined) {
        imports = existsSync(next) ? this.localImports(next, readFileSync(next, 'utf8')) : [];
        this.importsOf.set(next, imports);
      }
      stack.push(...imports);
    }
    return reached;
  }

  private localImports(fileName: string, text: string): string[] {
    const found: string[] = [];
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(specifier, fileName, this.options, this.host, this.cache).resolvedModule;
      const target = resolved === undefined ? undefined : path.resolve(resolved.resolvedFileName);
      if (target !== undefined && target.startsWith(this.sampleDir + path.sep) && !target.includes(`${path.sep}node_modules${path.sep}`)) {
        found.push(target);
      }
    }
    return found;
  }
}

function isGenerated(sampleDir: string, fileName: string): boolean {
  return fileName.startsWith(path.join(sampleDir, '.next') + path.sep);
}

/** The compiler options that must agree for samples to share a program. */
function sharedOptionsKey(options: ts.CompilerOptions): string {
  const shared = Object.entries(options)
    .filter(([name]) => !PER_SAMPLE_OPTIONS.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(shared);
}

/**
 * Why a sample must not share a program: anything that would change the types
 * another sample's snippets see. Reads only the sample's own source files.
 */
function isolationReason(dir: string, declarationRoots: string[]): string | undefined {
  // Packages of its own may be other versions than the ones the other samples get.
  if (existsSync(path.join(dir, 'node_modules'))) return 'it has its own node_modules';
  for (const name of declarationRoots) {
    const text = readFileSync(name, 'utf8');
    // A declaration file without imports or exports is a script: all its declarations are global.
    const isModule = ts.isExternalModule(ts.createSourceFile(name, text, ts.ScriptTarget.Latest));
    if (!isModule || GLOBAL_DECLARATION.test(text)) return `${path.relative(dir, name)} declares global types`;
  }
  for (const name of sourceFiles(dir)) {
    if (GLOBAL_DECLARATION.test(readFileSync(name, 'utf8'))) return `${path.relative(dir, name)} declares global types`;
  }
  return undefined;
}

/** The sample's own TypeScript and JavaScript files (not packages, not build output). */
function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

function formatPlain(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(process.cwd(), diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code}: ${text}`;
  }
  return `TS${diagnostic.code}: ${text}`;
}
