/**
 * The rules of a walkthrough guide (a quick start a reader follows block by
 * block from an empty app), checked in page order with fragments expanded:
 *
 * - an `excerpt` block must appear verbatim in its file as the guide has built it so far;
 * - a whole-file block may not drop an export, a config key or value, or a rendered
 *   component that an earlier block of the same file had, unless it says `rewrite="reason"`;
 * - a block may not import a module of the sample that no block of the guide shows, nor
 *   one the guide shows only after the next checkpoint (walkthrough.ts), where the
 *   reader's app would not compile;
 * - a block may not import a package that the guide's install steps do not install.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { atCode, CHECKED_LANGUAGES, type Problem } from './problem.ts';
import type { CodeBlock } from './extract.ts';
import type { SnippetsConfig } from './samples.config.ts';
import { loadSample } from './type-check.ts';
import { guideSteps, installedPackages, npmCommands, packageOf, type GuideStep } from './walkthrough.ts';

type CodeStep = Extract<GuideStep, { kind: 'code' }>;
type CheckpointStep = Extract<GuideStep, { kind: 'checkpoint' }>;
/** Whether the reader has a module by the next checkpoint after the block that imports it. */
type Seen = { kind: 'in time' } | { kind: 'never' } | { kind: 'later'; shown: CodeStep; checkpoint: CheckpointStep };

/** Problems of every walkthrough page of the default locale (parity carries the code to the others). */
export function checkWalkthroughs(root: string, config: SnippetsConfig, pages: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const guide of config.guides) {
    if (!guide.walkthrough) continue;
    const docs = config.locales[config.defaultLocale]!.docs;
    const matching = pages.filter((page) => guide.pages.some((glob) => globMatch(glob, page.slice(docs.length + 1))));
    for (const page of matching) {
      let steps: GuideStep[];
      try {
        steps = guideSteps(root, config, config.defaultLocale, page);
      } catch (error) {
        problems.push({ file: page, line: 1, column: 1, code: 'walkthrough', message: (error as Error).message });
        continue;
      }
      problems.push(...checkGuide(root, guide.sample, guide.scratchDir, guide.walkthrough.scaffoldPackages, steps));
    }
  }
  return problems;
}

function globMatch(glob: string, localPath: string): boolean {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*');
  return new RegExp(`^${pattern}$`).test(localPath);
}

export function checkGuide(root: string, sampleFolder: string, scratchDir: string, scaffoldPackages: string[], steps: GuideStep[]): Problem[] {
  const problems: Problem[] = [];
  const sample = loadSample(path.join(root, sampleFolder));
  const installed = new Set([...scaffoldPackages, ...npmCommands(steps).flatMap((command) => installedPackages(command.commandLine))]);
  const codeSteps = steps.filter(
    (step): step is CodeStep => step.kind === 'code' && CHECKED_LANGUAGES.has(step.block.lang) && step.annotations.skip === undefined && step.annotations.problems.length === 0,
  );
  // Where the reader first sees each file whole, and where the guide has them check their app.
  const shownFiles = new Map<string, { at: number; step: CodeStep }>();
  for (const step of codeSteps) {
    if (!step.annotations.title || step.annotations.excerpt !== undefined) continue;
    const title = normalize(step.annotations.title);
    if (!shownFiles.has(title)) shownFiles.set(title, { at: steps.indexOf(step), step });
  }
  const checkpoints = steps.flatMap((step, index) => (step.kind === 'checkpoint' ? [{ at: index, step }] : []));
  const built = new Map<string, CodeStep>();

  for (const step of codeSteps) {
    const { block, annotations } = step;
    const title = annotations.title === undefined ? undefined : normalize(annotations.title);
    const code = shownCode(block.code, annotations.hidden);
    if (annotations.excerpt !== undefined) {
      const whole = title === undefined ? undefined : built.get(title);
      if (title === undefined) problems.push(atFence(block, 'excerpt', 'an `excerpt` needs the title of the file it is a part of'));
      else if (!whole) problems.push(atFence(block, 'excerpt', `this excerpt of ${title} comes before any block that shows ${title} whole; show the whole file first`));
      else if (!containsLines(shownCode(whole.block.code, whole.annotations.hidden), code)) {
        problems.push(atFence(block, 'excerpt', `this excerpt does not appear verbatim in ${title} as the guide has built it so far (${whole.file}:${whole.line}); copy the lines from there, or update that block`));
      }
      continue;
    }
    if (title !== undefined) {
      const earlier = built.get(title);
      if (earlier && annotations.rewrite === undefined) {
        const kept = surface(code, title);
        const dropped = [...surface(shownCode(earlier.block.code, earlier.annotations.hidden), title)].filter((item) => !kept.has(item));
        if (dropped.length > 0) {
          problems.push(
            atFence(
              block,
              'dropped',
              `this whole-file block of ${title} drops ${dropped.join(', ')}, which ${earlier.file}:${earlier.line} added; show the merged file (highlight the new lines), mark the block \`excerpt\`, or say why with rewrite="reason"`,
            ),
          );
        }
      }
      built.set(title, step);
    }
    const at = steps.indexOf(step);
    const nextCheckpoint = checkpoints.find((checkpoint) => checkpoint.at > at);
    const seen = (file: string): Seen => {
      const shown = shownFiles.get(file);
      if (!shown) return { kind: 'never' };
      if (!nextCheckpoint || shown.at < nextCheckpoint.at) return { kind: 'in time' };
      return { kind: 'later', shown: shown.step, checkpoint: nextCheckpoint.step as CheckpointStep };
    };
    problems.push(...importProblems(block, annotations.hidden, title, title ?? path.posix.join(scratchDir, `__snippet__.${block.lang.startsWith('j') ? 'js' : 'tsx'}`), sample, seen, installed));
  }
  return problems;
}

function normalize(title: string): string {
  return path.posix.normalize(title.replace(/^\.\//, ''));
}

/** The block as the reader sees it: hidden lines are compiled but not shown, so not copied either. */
export function shownCode(code: string, hidden: number[]): string {
  const hiddenSet = new Set(hidden);
  return code
    .split('\n')
    .filter((_, index) => !hiddenSet.has(index + 1))
    .join('\n');
}

/** Whether `part`'s lines appear in `whole` as consecutive lines (trailing spaces ignored). */
function containsLines(whole: string, part: string): boolean {
  const wholeLines = whole.split('\n').map((line) => line.trimEnd());
  const partLines = part.split('\n').map((line) => line.trimEnd());
  while (partLines.length > 0 && partLines[0] === '') partLines.shift();
  while (partLines.length > 0 && partLines.at(-1) === '') partLines.pop();
  if (partLines.length === 0) return true;
  for (let start = 0; start + partLines.length <= wholeLines.length; start++) {
    if (partLines.every((line, offset) => wholeLines[start + offset] === line)) return true;
  }
  return false;
}

/**
 * What a file offers to the rest of the app: its exports, the keys and array
 * entries of exported config objects (`logtoConfig.resources`,
 * `logtoConfig.scopes[UserScope.Email]`), and the components it renders (`<SignOut>`).
 */
export function surface(code: string, fileName: string): Set<string> {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const items = new Set<string>();
  const configKeys = (owner: string, node: ts.Node | undefined) => {
    let object = node;
    while (object && (ts.isSatisfiesExpression(object) || ts.isAsExpression(object) || ts.isParenthesizedExpression(object))) object = object.expression;
    if (object && (ts.isNewExpression(object) || ts.isCallExpression(object))) object = object.arguments?.[0];
    if (!object || !ts.isObjectLiteralExpression(object)) return;
    for (const property of object.properties) {
      if (!property.name) continue;
      const key = `${owner}.${property.name.getText(source)}`;
      items.add(`\`${key}\``);
      if (ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(property.initializer)) {
        for (const element of property.initializer.elements) items.add(`\`${key}[${element.getText(source)}]\``);
      }
    }
  };
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source);
        items.add(`the export \`${name}\``);
        configKeys(name, declaration.initializer);
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && exported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
      items.add(`the export \`${isDefault ? 'default' : (statement.name?.getText(source) ?? 'default')}\``);
    } else if (ts.isExportAssignment(statement)) {
      items.add('the export `default`');
      configKeys('default', statement.expression);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) items.add(`the export \`${element.name.getText(source)}\``);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      if (/^[A-Z]/.test(tag)) items.add(`<${tag}>`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return items;
}

function importProblems(
  block: CodeBlock,
  hidden: number[],
  title: string | undefined,
  relativePath: string,
  sample: ReturnType<typeof loadSample>,
  seen: (file: string) => Seen,
  installed: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const fileName = path.join(sample.dir, relativePath);
  const source = ts.createSourceFile(fileName, block.code, ts.ScriptTarget.Latest, true);
  const hiddenSet = new Set(hidden);
  for (const statement of source.statements) {
    const specifierNode =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier
        : undefined;
    if (!specifierNode) continue;
    const specifier = specifierNode.text;
    const { line, character } = source.getLineAndCharacterOfPosition(specifierNode.getStart(source));
    const where = atCode(block, line, character);
    const note = hiddenSet.has(line + 1) ? ' (in a hidden line, so the reader does not see this import either)' : '';
    const resolved = ts.resolveModuleName(specifier, fileName, sample.options, ts.sys).resolvedModule;
    const resolvedFile = resolved?.resolvedFileName;
    if (resolvedFile && !resolved.isExternalLibraryImport && !resolvedFile.includes(`${path.sep}node_modules${path.sep}`)) {
      const shownAs = path.relative(sample.dir, resolvedFile).split(path.sep).join('/');
      const status = shownAs.startsWith('../') ? ({ kind: 'in time' } as const) : seen(shownAs);
      if (status.kind === 'never') {
        problems.push({ ...where, code: 'unseen', message: `the reader never sees ${shownAs}; show it or inline it${note}` });
      } else if (status.kind === 'later') {
        const { shown, checkpoint } = status;
        problems.push({
          ...where,
          code: 'unseen-yet',
          message:
            `${title ?? 'this block'} imports ${shownAs}, which the reader first sees at ${shown.file}:${shown.line}, ` +
            `after ${checkpoint.name} (${checkpoint.file}:${checkpoint.line}), where their app then does not compile; show it earlier or import it later${note}`,
        });
      }
      continue;
    }
    const name = packageOf(specifier);
    if (name === undefined || builtinModules.includes(name)) continue;
    if (!installed.has(name)) {
      problems.push({
        ...where,
        code: 'uninstalled',
        message: `imports the package ${name}, which no install step of the guide installs; add <InstallPackage packageName="${name}" /> before this block${note}`,
      });
    }
  }
  return problems;
}

function atFence(block: CodeBlock, code: string, message: string): Problem {
  return { file: block.file, line: block.fenceLine, column: block.fenceColumn, code, message };
}
