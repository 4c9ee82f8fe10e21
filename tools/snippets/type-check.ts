/**
 * Type-checks snippets inside a sample with one long-lived TypeScript language
 * service per sample (all sharing one document registry, so lib and package
 * declarations are parsed once for the whole run). Snippets are overlaid as
 * virtual files at the paths they stand for; between checks only those files
 * change, so TypeScript reuses every other parsed and bound file.
 *
 * Many snippets share one program ("batch"), so one type checker serves many
 * blocks. A snippet's own errors depend only on its folder (relative imports),
 * the compiler options and what it imports, so a snippet titled app/logto.ts
 * is checked as a sibling file app/__snippet3__.logto.ts: same imports, yet no
 * other file sees it. Only a snippet that reaches its own path through its
 * imports (a cycle) or declares globals must really replace the file; those
 * never share a batch with a snippet that could see them, so every result
 * equals a check of that snippet on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
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
}

export interface SnippetFile {
  /** Path relative to the sample. */
  path: string;
  text: string;
}

export class SampleChecker {
  readonly sampleDir: string;
  private readonly options: ts.CompilerOptions;
  private readonly rootNames: string[];
  private readonly service: ts.LanguageService;
  private readonly diskVersions = new Map<string, string>();
  private readonly snapshots = new Map<string, { version: string; snapshot: ts.IScriptSnapshot }>();
  /** Absolute file name → text of the snippets of the current batch. */
  private overlays = new Map<string, { text: string; version: string }>();
  /** Sample files checked first in each program, so the checker has resolved the package types snippets use. */
  private warmFiles: string[] = [];
  private counter = 0;
  /** Time spent up to the first snippet's errors (loading every declaration file), and on all the others. */
  readonly timings = { firstMs: 0, laterMs: 0, checks: 0 };

  /** Throws an Error with a readable message when the sample's tsconfig.json is unusable. */
  constructor(sampleDir: string, registry: ts.DocumentRegistry = createRegistry()) {
    this.sampleDir = path.resolve(sampleDir);
    const configPath = path.join(this.sampleDir, 'tsconfig.json');
    if (!existsSync(configPath)) throw new Error(`${path.relative(process.cwd(), configPath)} does not exist; every sample needs one`);
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    if (read.error) throw new Error(formatPlain(read.error));
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, this.sampleDir, undefined, configPath);
    const fatal = parsed.errors.filter((error) => error.code !== 18003); // 18003: no inputs yet is fine
    if (fatal.length > 0) throw new Error(fatal.map(formatPlain).join('\n'));
    this.options = {
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
    // Declaration files (global types such as next-env.d.ts) are roots; sample files
    // join the program when a snippet needs them (see checkMany).
    this.rootNames = parsed.fileNames.map((name) => path.resolve(name)).filter((name) => name.endsWith('.d.ts'));

    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => this.options,
      getScriptFileNames: () => [...new Set([...this.rootNames, ...this.warmFiles, ...this.overlays.keys()])],
      getScriptVersion: (fileName) => this.versionOf(fileName),
      getScriptSnapshot: (fileName) => this.snapshotOf(fileName),
      getCurrentDirectory: () => this.sampleDir,
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (fileName) => this.overlays.has(path.resolve(fileName)) || ts.sys.fileExists(fileName),
      readFile: (fileName, encoding) => this.overlays.get(path.resolve(fileName))?.text ?? ts.sys.readFile(fileName, encoding),
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
      // JSDoc matters for types only in JavaScript files; skipping it in declaration files halves parsing.
      jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
    };
    this.service = ts.createLanguageService(host, registry);
  }

  /** Problems with the sample's compiler options; call after checkMany to reuse its program. */
  optionProblems(): SampleProblem[] {
    // Options only: global diagnostics would build a type checker just to throw it away.
    return this.service
      .getProgram()!
      .getOptionsDiagnostics()
      .filter((diagnostic) => diagnostic.file === undefined)
      .map((diagnostic) => ({ message: formatPlain(diagnostic) }));
  }

  /** Checks one snippet as the file `relativePath` of the sample (replacing it when it exists). */
  check(relativePath: string, text: string): SnippetDiagnostic[] {
    return this.checkBatch([{ path: relativePath, text }])[0]!;
  }

  /**
   * Checks snippets in as few programs as possible; each result is what a
   * check of that snippet on its own would give.
   */
  checkMany(files: SnippetFile[]): SnippetDiagnostic[][] {
    const results: SnippetDiagnostic[][] = new Array(files.length);
    const snippetPaths = new Set(files.map((file) => path.resolve(this.sampleDir, file.path)));
    const graph = new ImportGraph(this.sampleDir, this.options, snippetPaths);
    const warm = new Set<string>();
    type Batch = { members: Array<{ index: number; path: string }>; paths: Set<string>; reach: Set<string>; alone: boolean };
    const batches: Batch[] = [];
    files.forEach((file, index) => {
      const own = path.resolve(this.sampleDir, file.path);
      const reach = graph.reachableFrom(own, file.text);
      // The sample's version of a titled block, and what blocks import, are what the blocks resemble.
      for (const name of [own, ...reach]) if (existsSync(name) && !name.endsWith('.d.ts')) warm.add(name);
      const declaresGlobals = /\bdeclare\s+(global|module)\b/.test(file.text);
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
      const diagnostics = this.checkBatch(batch.members.map(({ index, path: checkedPath }) => ({ path: checkedPath, text: files[index]!.text })));
      batch.members.forEach(({ index }, position) => (results[index] = diagnostics[position]!));
    }
    return results;
  }

  /** Overlays all files at once (their paths must differ) and returns each one's errors. */
  private checkBatch(files: SnippetFile[]): SnippetDiagnostic[][] {
    const next = new Map<string, { text: string; version: string }>();
    for (const file of files) next.set(path.resolve(this.sampleDir, file.path), { text: file.text, version: `snippet-${++this.counter}` });
    // Files replaced last time read as changed again: they are back to their disk text.
    for (const previous of this.overlays.keys()) {
      if (!next.has(previous)) this.diskVersions.set(previous, `disk-${++this.counter}`);
    }
    this.overlays = next;
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
      const source = program.getSourceFile(path.resolve(this.sampleDir, file.path))!;
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

/** A document registry for one run; samples share the declaration files it parses. */
export function createRegistry(): ts.DocumentRegistry {
  return ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, undefined, ts.JSDocParsingMode.ParseForTypeErrors);
}

function formatPlain(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1} TS${diagnostic.code}: ${text}`;
  }
  return `TS${diagnostic.code}: ${text}`;
}
