/**
 * Locale parity: each translated file's checked code blocks must equal those of
 * its English file except for comments. Blocks are aligned first (longest
 * common run of equal blocks), so one missing block is reported as missing
 * instead of shifting every later pair.
 */
import { parseAnnotations } from '../site/annotations.ts';
import { compareCodeDetailed, compareCodeIgnoringComments } from '../site/compare-code.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './discover.ts';
import type { CodeBlock } from './extract.ts';
import type { SnippetsConfig } from './samples.config.ts';

export function checkParity(config: SnippetsConfig, files: Map<string, SourceFile>, blocksByFile: Map<string, CodeBlock[]>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files.values()) {
    if (file.locale === config.defaultLocale) continue;
    const ownFolder = config.locales[file.locale]?.[file.area];
    const englishFolder = config.locales[config.defaultLocale]?.[file.area];
    if (ownFolder === undefined || englishFolder === undefined || file.path !== `${ownFolder}/${file.localPath}`) continue;
    const englishPath = `${englishFolder}/${file.localPath}`;
    const english = blocksByFile.get(englishPath);
    const translated = blocksByFile.get(file.path);
    // An untranslated page or a file that does not parse is reported elsewhere.
    if (english === undefined || translated === undefined) continue;
    problems.push(...compareFiles(english, translated, file, englishPath));
  }
  return problems;
}

function compareFiles(english: CodeBlock[], translated: CodeBlock[], file: SourceFile, englishPath: string): Problem[] {
  const problems: Problem[] = [];
  const same = (a: CodeBlock, b: CodeBlock): boolean => a.lang === b.lang && compareCodeIgnoringComments(a.code, b.code, a.lang).equal;

  // Longest common subsequence of equal blocks.
  const n = english.length;
  const m = translated.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = same(english[i]!, translated[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(english[i]!, translated[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  pairs.push([n, m]);

  let i = 0;
  let j = 0;
  for (const [anchorI, anchorJ] of pairs) {
    // Blocks between two anchors: pair them in order, the rest are missing or extra.
    while (i < anchorI && j < anchorJ) problems.push(...compareBlocks(english[i++]!, translated[j++]!));
    while (i < anchorI) {
      const missing = english[i++]!;
      const place = translated[j] ?? translated[j - 1];
      const line = translated[j] !== undefined ? place!.fenceLine : place !== undefined ? closingLine(place) : 1;
      problems.push({
        file: file.path,
        line,
        column: 1,
        code: 'parity',
        message: `the English file has a \`${missing.lang}\` block at ${missing.file}:${missing.fenceLine} that is missing here; copy it and translate only its comments`,
      });
    }
    while (j < anchorJ) {
      const extra = translated[j++]!;
      problems.push({
        file: extra.file,
        line: extra.fenceLine,
        column: extra.fenceColumn,
        code: 'parity',
        message: `this \`${extra.lang}\` block has no counterpart in ${englishPath}; remove it or add it to the English file too`,
      });
    }
    if (anchorI < n && anchorJ < m) problems.push(...compareBlocks(english[anchorI]!, translated[anchorJ]!));
    i = anchorI + 1;
    j = anchorJ + 1;
  }
  return problems;
}

function compareBlocks(english: CodeBlock, translated: CodeBlock): Problem[] {
  const problems: Problem[] = [];
  const where = `${english.file}:${english.fenceLine}`;
  if (english.lang !== translated.lang) {
    problems.push(fence(translated, `the fence says \`${translated.lang}\` but the English block at ${where} says \`${english.lang}\``));
  }
  const result = compareCodeDetailed(english.code, translated.code, english.lang);
  if (!result.equal) {
    const line = translated.firstLine + result.lineB - 1;
    problems.push({
      file: translated.file,
      line,
      column: (translated.lineColumns[result.lineB - 1] ?? 1) + result.columnB - 1,
      code: 'parity',
      message: `differs from the English block at ${english.file}:${english.firstLine + result.lineA - 1}: ${result.reason}; only comments may be translated`,
    });
  }
  const a = parseAnnotations(english.meta, lineCount(english));
  const b = parseAnnotations(translated.meta, lineCount(translated));
  const describe = (label: string, x: string, y: string): void => {
    if (x !== y) problems.push(fence(translated, `${label} ${y || '(none)'} differs from ${x || '(none)'} in the English block at ${where}`));
  };
  describe('title', a.title ?? '', b.title ?? '');
  // Translated comments may add lines, so hidden ranges are compared by what they hide.
  const hiddenA = linesOf(english, a.hidden);
  const hiddenB = linesOf(translated, b.hidden);
  if ((hiddenA === '') !== (hiddenB === '') || !compareCodeIgnoringComments(hiddenA, hiddenB, english.lang).equal) {
    problems.push(fence(translated, `hidden="${b.hidden.join(',')}" hides other code than the English block at ${where} (hidden="${a.hidden.join(',')}")`));
  }
  describe('expected errors', a.expectErrors.map((code) => `TS${code}`).join(','), b.expectErrors.map((code) => `TS${code}`).join(','));
  describe('skip', a.skip === undefined ? '' : 'skip', b.skip === undefined ? '' : 'skip');
  return problems;
}

function fence(block: CodeBlock, message: string): Problem {
  return { file: block.file, line: block.fenceLine, column: block.fenceColumn, code: 'parity', message };
}

function linesOf(block: CodeBlock, lines: number[]): string {
  const all = block.code.split('\n');
  return lines.map((line) => all[line - 1] ?? '').join('\n');
}

function lineCount(block: CodeBlock): number {
  return block.code === '' ? 0 : block.code.split('\n').length;
}

function closingLine(block: CodeBlock): number {
  return block.firstLine + lineCount(block);
}
