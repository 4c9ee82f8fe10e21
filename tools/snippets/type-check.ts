/**
 * Type-checks snippets inside a sample with one long-lived TypeScript language
 * service per sample (all sharing one document registry, so lib and package
 * declarations are parsed once for the whole run). Each snippet is overlaid as
 * a virtual file at the path it stands for; only that file changes between
 * checks, so TypeScript reuses everything else.
 */
import { existsSync, readFileSync } from 'node:fs';
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

const registry = ts.createDocumentRegistry();

export class SampleChecker {
  readonly sampleDir: string;
  private readonly options: ts.CompilerOptions;
  private readonly rootNames: string[];
  private readonly service: ts.LanguageService;
  private readonly diskVersions = new Map<string, string>();
  private readonly snapshots = new Map<string, { version: string; snapshot: ts.IScriptSnapshot }>();
  private overlay: { fileName: string; text: string; version: string } | undefined;
  private counter = 0;

  /** Throws an Error with a readable message when the sample's tsconfig.json is unusable. */
  constructor(sampleDir: string) {
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
    this.rootNames = parsed.fileNames.map((name) => path.resolve(name));

    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => this.options,
      getScriptFileNames: () => {
        const overlay = this.overlay?.fileName;
        return overlay === undefined || this.rootNames.includes(overlay) ? this.rootNames : [...this.rootNames, overlay];
      },
      getScriptVersion: (fileName) => this.versionOf(path.resolve(fileName)),
      getScriptSnapshot: (fileName) => this.snapshotOf(path.resolve(fileName)),
      getCurrentDirectory: () => this.sampleDir,
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (fileName) => path.resolve(fileName) === this.overlay?.fileName || ts.sys.fileExists(fileName),
      readFile: (fileName, encoding) =>
        path.resolve(fileName) === this.overlay?.fileName ? this.overlay.text : ts.sys.readFile(fileName, encoding),
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    };
    this.service = ts.createLanguageService(host, registry);
  }

  /** Problems with the sample's compiler options, independent of any snippet. */
  optionProblems(): SampleProblem[] {
    return this.service
      .getCompilerOptionsDiagnostics()
      .filter((diagnostic) => diagnostic.file === undefined)
      .map((diagnostic) => ({ message: formatPlain(diagnostic) }));
  }

  /**
   * Checks `text` as if it were the file `relativePath` of the sample
   * (replacing that file when it exists) and returns that file's errors.
   */
  check(relativePath: string, text: string): SnippetDiagnostic[] {
    const fileName = path.resolve(this.sampleDir, relativePath);
    const previous = this.overlay?.fileName;
    // The file replaced last time reads as changed again: it is back to its disk text.
    if (previous !== undefined && previous !== fileName) this.diskVersions.set(previous, `disk-${++this.counter}`);
    this.overlay = { fileName, text, version: `snippet-${++this.counter}` };
    const diagnostics = [...this.service.getSyntacticDiagnostics(fileName), ...this.service.getSemanticDiagnostics(fileName)];
    return diagnostics
      .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.start !== undefined)
      .map((diagnostic) => {
        const source = diagnostic.file!;
        const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start!);
        return { code: diagnostic.code, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'), line, character };
      });
  }

  private versionOf(fileName: string): string {
    if (fileName === this.overlay?.fileName) return this.overlay.version;
    return this.diskVersions.get(fileName) ?? 'disk';
  }

  private snapshotOf(fileName: string): ts.IScriptSnapshot | undefined {
    const version = this.versionOf(fileName);
    const cached = this.snapshots.get(fileName);
    if (cached?.version === version) return cached.snapshot;
    let text: string;
    if (fileName === this.overlay?.fileName) text = this.overlay.text;
    else if (existsSync(fileName)) text = readFileSync(fileName, 'utf8');
    else return undefined;
    const snapshot = ts.ScriptSnapshot.fromString(text);
    this.snapshots.set(fileName, { version, snapshot });
    return snapshot;
  }
}

function formatPlain(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1} TS${diagnostic.code}: ${text}`;
  }
  return `TS${diagnostic.code}: ${text}`;
}
