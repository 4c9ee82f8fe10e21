/**
 * Theme strings: the JSON files `docusaurus write-translations` produces for
 * a locale (code.json, theme navbar/footer, docs sidebar labels). The command
 * runs in a temporary copy of the site (never touching the repo's files); the
 * locale's committed files must hold every generated key, translated unless
 * the value is a product or API name.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toKey } from '../site/layout.ts';
import { formatProblem, type Problem } from '../site/report.ts';
import { ALLOWED_KEYS, isSameInEveryLocale } from './theme-allowlist.ts';

/** The docs tools' problem (tools/site/report.ts), code `i18n/theme`, and the string's key. */
export interface ThemeProblem extends Problem {
  key: string;
}

export interface ThemeResult {
  locale: string;
  ok: boolean;
  skipped?: string;
  keys: number;
  problems: ThemeProblem[];
}

type Messages = Record<string, { message: string }>;

/** Folders a write-translations run never reads; leaving them out keeps the copy small. */
const SKIPPED = new Set(['node_modules', '.git', 'build', '.docusaurus', 'samples', 'i18n', 'test-results', 'tmp', 'tests']);

function listJson(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const child = path.join(current, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.json')) found.push(path.relative(dir, child).split(path.sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
}

function readMessages(file: string): Messages {
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

function writeTranslations(siteCopy: string, root: string, locale: string): void {
  const bin = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [bin, 'write-translations', '--locale', locale], {
    cwd: siteCopy,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`docusaurus write-translations --locale ${locale} failed in a copy of the site:\n${result.stderr || result.stdout}`);
  }
}

/** Line of a key in a JSON file, for messages that point at it. */
function lineOfKey(text: string, key: string): number {
  const index = text.indexOf(JSON.stringify(key) + ':');
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

export function checkThemeStrings(root: string, locale: string): ThemeResult {
  return checkThemeStringsFor(root, [locale])[0]!;
}

/**
 * The theme strings of each locale against one `write-translations` run (the
 * keys do not depend on the locale, so one English run gives every locale's
 * key set and the English text of every key). A locale with no folder under
 * `i18n/` yet has not started: the reader sees the English theme, which is
 * said, not failed.
 */
export function checkThemeStringsFor(root: string, locales: string[]): ThemeResult[] {
  const config = ['docusaurus.config.ts', 'docusaurus.config.js', 'docusaurus.config.mjs'].find((name) => existsSync(path.join(root, name)));
  if (!config) return locales.map((locale) => ({ locale, ok: true, skipped: 'no docusaurus.config in this folder', keys: 0, problems: [] }));
  const notStarted = (locale: string): boolean => !existsSync(path.join(root, 'i18n', locale));
  const started = locales.filter((locale) => !notStarted(locale));
  const skipped = (locale: string): ThemeResult => ({
    locale,
    ok: true,
    skipped: `no i18n/${locale} folder yet, so the site shows the English theme strings; run \`npx docusaurus write-translations --locale ${locale}\` and translate the files it writes`,
    keys: 0,
    problems: [],
  });
  if (started.length === 0) return locales.map(skipped);
  const copy = mkdtempSync(path.join(tmpdir(), 'i18n-theme-'));
  try {
    for (const entry of readdirSync(root)) {
      if (!SKIPPED.has(entry)) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
    // The samples stay out (node_modules, builds), but their registry is part of the site's config.
    for (const file of ['samples/registry.ts', 'samples/package.json']) {
      if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(copy, file));
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    writeTranslations(copy, root, 'en');
    const generatedDir = path.join(copy, 'i18n', 'en');
    return locales.map((locale) => (notStarted(locale) ? skipped(locale) : compareLocale(root, generatedDir, locale)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function compareLocale(root: string, generatedDir: string, locale: string): ThemeResult {
  const englishDir = generatedDir;
  const problems: ThemeProblem[] = [];
  let keys = 0;
  for (const relative of listJson(generatedDir)) {
    const generated = readMessages(path.join(generatedDir, relative));
    const english = existsSync(path.join(englishDir, relative)) ? readMessages(path.join(englishDir, relative)) : {};
    const committedPath = path.join(root, 'i18n', locale, relative);
    const fileKey = toKey(root, committedPath);
    if (!existsSync(committedPath)) {
      problems.push({ file: fileKey, line: 1, column: 1, code: 'i18n/theme', key: '*', message: `file missing (${Object.keys(generated).length} keys); run \`npx docusaurus write-translations --locale ${locale}\` and translate it` });
      keys += Object.keys(generated).length;
      continue;
    }
    const text = readFileSync(committedPath, 'utf8');
    let committed: Messages;
    try {
      committed = JSON.parse(text) as Messages;
    } catch (error) {
      problems.push({ file: fileKey, line: 1, column: 1, code: 'i18n/theme', key: '*', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    for (const key of Object.keys(generated)) {
      keys++;
      const value = committed[key]?.message;
      if (typeof value !== 'string') {
        problems.push({ file: fileKey, line: 1, column: 1, code: 'i18n/theme', key, message: `missing key "${key}" (English: ${JSON.stringify(english[key]?.message ?? generated[key]!.message)}); run \`npx docusaurus write-translations --locale ${locale}\` and translate it` });
        continue;
      }
      const englishValue = english[key]?.message;
      if (englishValue !== undefined && value === englishValue && !ALLOWED_KEYS.includes(key) && !isSameInEveryLocale(value)) {
        problems.push({ file: fileKey, line: lineOfKey(text, key), column: 1, code: 'i18n/theme', key, message: `"${key}" is still English (${JSON.stringify(value)}); translate it, or add the name to tools/i18n/theme-allowlist.ts` });
      }
    }
  }
  return { locale, ok: problems.length === 0, keys, problems };
}

export function formatThemeResult(result: ThemeResult): string {
  if (result.skipped) return `${result.locale} theme strings: skipped (${result.skipped})`;
  const lines = [`${result.locale} theme strings: ${result.keys} keys, ${result.problems.length} problem(s)`];
  for (const problem of result.problems) lines.push(`  ${formatProblem(problem, { frame: '' })}`);
  return lines.join('\n');
}
