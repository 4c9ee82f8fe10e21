/**
 * Translation tooling entry point (`npm run i18n:<command> -- [options]`):
 * status, check, fallbacks, mark and theme. The commands and their options
 * are the `i18n` entry of tools/cli/commands.ts; `--help` prints them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCommandLine } from '../cli/args.ts';
import { i18n as i18nCli } from '../cli/commands.ts';
import { findRecordedVersion, unifiedDiff } from './history.ts';
import { fromKey } from '../site/layout.ts';
import { LockFileError, readLock } from '../site/translation-lock.ts';
import { MdxParseError } from '../site/markdown.ts';
import { SiteModel } from '../site/model.ts';
import { formatCheck, formatStatus, formatUsage } from './report.ts';
import { fragmentUsage, localeStatus, repoStatus } from '../site/translation-status.ts';
import { MarkError, resolveTarget } from './target.ts';
import { UnknownLocaleError } from '../site/model.ts';
import { formatProblem, printAnnotations, problemJson, type Problem } from '../site/report.ts';

// check, mark and theme load the TypeScript compiler (code block comparison)
// or spawn Docusaurus; they are imported on demand so `status` starts fast.

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { command, values, positionals: files } = parseCommandLine(i18nCli);

const root = path.resolve(values.root ?? defaultRoot);

/** Parsed imports are cached by content hash next to this repo's dependencies, whatever --root is. */
const cacheFile = values['no-cache'] ? undefined : path.join(defaultRoot, 'node_modules/.cache/logto-i18n/imports.json');

let opened: SiteModel | undefined;

async function repoFor(): Promise<SiteModel> {
  // Every translated locale of docusaurus.config.ts, or the one asked for; one without a folder yet is all missing.
  opened = await SiteModel.open(root, { locales: values.locale ? [values.locale] : undefined, cacheFile });
  return opened;
}

function print(data: unknown, text: () => string): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : text());
}

async function statusCommand(): Promise<number> {
  const repo = await repoFor();
  if (values.usage) {
    const usage = fragmentUsage(repo, values.usage);
    print(usage, () => formatUsage(values.usage!, usage));
    return 0;
  }
  if (values.diff) return diffCommand(repo, values.diff);
  const statuses = repoStatus(repo);
  print(statuses, () => formatStatus(statuses));
  return 0;
}

function diffCommand(repo: SiteModel, file: string): number {
  const target = resolveTarget(repo, file, values.locale);
  const status = localeStatus(repo, target.locale);
  const entry = status.entries.find((e) => e.source === target.source);
  if (!entry) throw new Error(`${file}: no English source ${target.source}.`);
  const lock = readLock(repo.root, target.locale).files;
  // The page itself, then every fragment its build composes (current ones say so).
  const composed = [...repo.composed(repo.rendered(target.source, target.locale), target.locale).keys()].map((key) => repo.sourceOf(key)!);
  const files = [...new Set([target.source, ...composed])];
  const color = !values.json && process.stdout.isTTY === true;
  const results: Array<{ source: string; state: string; diff?: string; since?: string }> = [];
  for (const source of files) {
    const recorded = lock[source];
    const translated = repo.translatedKey(source, target.locale);
    if (!repo.has(translated)) {
      results.push({ source, state: `no ${target.locale} translation yet (${translated}); translate the whole file` });
      continue;
    }
    if (recorded === undefined) {
      results.push({ source, state: `never marked: compare the whole English file with ${translated}` });
      continue;
    }
    if (recorded === repo.sourceHash(source)) {
      results.push({ source, state: 'unchanged since translation' });
      continue;
    }
    const version = findRecordedVersion(repo.root, source, recorded);
    if (!version) {
      results.push({ source, state: `the recorded English version (sha256 ${recorded.slice(0, 12)}…) is not in git history; compare the whole file` });
      continue;
    }
    const diff = unifiedDiff(repo.root, version.text, repo.text(source), `${source}@${version.commit.slice(0, 10)}`, `${source} (current)`, color);
    results.push({ source, state: `changed since ${version.commit.slice(0, 10)}`, since: version.commit, diff });
  }
  const text = results.map((r) => `== ${r.source}: ${r.state}${r.diff ? `\n${r.diff}` : ''}`).join('\n');
  print(results, () => text);
  return 0;
}

async function checkCommand(): Promise<number> {
  const { checkLocale, glossarySection, regeneratedGuide } = await import('./check.ts');
  const { checkThemeStringsFor, formatThemeResult } = await import('./theme-strings.ts');
  let repo = await repoFor();
  const fixed: string[] = [];
  if (values.fix) fixed.push(...(await applyProseFixes(repo)));
  const guide = glossarySection(repo.root);
  if (values.fix && guide && !guide.current) {
    writeFileSync(guide.file, regeneratedGuide(guide));
    fixed.push(`fixed TRANSLATING.md:${guide.line}: glossary tables regenerated from tools/i18n/glossary.ts`);
  }
  if (fixed.length > 0) repo = await repoFor();
  const results = repo.locales.map((locale) => ({ locale, ...checkLocale(repo, locale) }));
  const table = glossarySection(repo.root);
  const tableProblem: Problem | undefined =
    table && !table.current
      ? { file: 'TRANSLATING.md', line: table.line, column: 1, code: 'i18n/glossary-table', message: 'the glossary tables differ from tools/i18n/glossary.ts; run `npm run i18n:check -- --fix` to regenerate them' }
      : undefined;
  const theme = values['no-theme'] ? undefined : checkThemeStringsFor(repo.root, repo.locales);
  // Every problem in the docs tools' one shape (tools/site/report.ts): the text lines, the --json errors and the CI annotations.
  const problems: Problem[] = [...results.flatMap((r) => r.problems), ...(tableProblem ? [tableProblem] : []), ...(theme ?? []).flatMap((t) => t.problems)];
  const failed = problems.length > 0;
  const fixable = problems.some((p) => 'fix' in p && p.fix !== undefined) || tableProblem !== undefined;
  const text = [
    ...fixed,
    ...results.map((r) => formatCheck(r.locale, r)),
    ...(tableProblem ? [formatProblem(tableProblem, { frame: '' })] : []),
    ...(theme ?? []).map(formatThemeResult),
    failed
      ? `i18n:check failed. Fix the lines above (TRANSLATING.md explains each rule).${fixable ? ' `npm run i18n:check -- --fix` rewrites the forbidden renderings, quotes and the glossary table it reports.' : ''}`
      : 'i18n:check passed.',
  ].join('\n');
  const locales = results.map((r) => ({ locale: r.locale, pairs: r.pairs, problems: r.problems.length }));
  print({ ok: !failed, errors: problems.map((p) => problemJson(p)), locales, fixed, theme }, () => text);
  printAnnotations(problems, { json: Boolean(values.json) });
  return failed ? EXIT.problems : EXIT.ok;
}

/** `--fix`: applies the edits the prose check reports, file by file; returns one line per edit. */
async function applyProseFixes(repo: SiteModel): Promise<string[]> {
  const { checkLocaleProse } = await import('./check.ts');
  const { applyFixes, formatProseProblem } = await import('./prose-check.ts');
  const lines: string[] = [];
  for (const locale of repo.locales) {
    const byFile = new Map<string, ReturnType<typeof checkLocaleProse>>();
    for (const problem of checkLocaleProse(repo, locale)) {
      if (!problem.fix) continue;
      byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    }
    for (const [file, problems] of byFile) {
      const absolute = fromKey(repo.root, file);
      const { text, applied } = applyFixes(readFileSync(absolute, 'utf8'), problems);
      writeFileSync(absolute, text);
      for (const problem of applied) lines.push(`fixed ${formatProseProblem(problem)}`);
    }
  }
  return lines;
}

async function themeCommand(): Promise<number> {
  const { checkThemeStringsFor, formatThemeResult } = await import('./theme-strings.ts');
  const repo = await repoFor();
  const results = checkThemeStringsFor(repo.root, repo.locales);
  print(results, () => results.map(formatThemeResult).join('\n'));
  return results.every((r) => r.ok) ? 0 : 1;
}

async function fallbacksCommand(): Promise<number> {
  const statuses = repoStatus(await repoFor());
  const data = statuses.map((s) => ({
    locale: s.locale,
    pages: s.entries
      .filter((e) => e.kind === 'page' && e.source && (e.status === 'missing' || e.fragments!.some((f) => f.status === 'missing')))
      .map((e) => ({ page: e.source!, whole: e.status === 'missing', englishFragments: e.fragments!.filter((f) => f.status === 'missing').map((f) => f.source) })),
  }));
  const text = data
    .map((d) =>
      [`${d.locale}: ${d.pages.length} page(s) show English`, ...d.pages.map((p) => `  ${p.page}  ${p.whole ? '(whole page)' : `(fragments: ${p.englishFragments.join(', ')})`}`)].join('\n'),
    )
    .join('\n');
  print(data, () => text);
  return 0;
}

async function markCommand(): Promise<number> {
  const { markTranslated } = await import('./mark.ts');
  const { formatProseProblem } = await import('./prose-check.ts');
  if (files.length === 0) throw new MarkError('mark needs at least one file: npm run i18n:mark -- <translated file>...');
  const repo = await repoFor();
  const targets = files.map((file) => resolveTarget(repo, file, values.locale));
  if (values['with-fragments']) {
    // Also every translated fragment the page's build composes (English fallbacks have nothing to mark).
    for (const target of [...targets]) {
      for (const key of repo.composed(target.translated, target.locale).keys()) {
        const source = repo.sourceOf(key);
        if (source && source !== key && !targets.some((t) => t.translated === key)) targets.push({ locale: target.locale, source, translated: key });
      }
    }
  }
  const outcome = markTranslated(repo, targets);
  for (const target of outcome.marked) console.log(`marked ${target.translated} as translated from the current ${target.source}`);
  for (const refusal of outcome.refused) {
    console.error(`refused ${refusal.target.translated}: ${refusal.reason}`);
    for (const violation of refusal.violations) console.error(`  ${formatProblem(violation, { frame: '' })}`);
    for (const problem of refusal.prose ?? []) console.error(`  ${formatProseProblem(problem)}`);
  }
  if (outcome.refused.length > 0) console.error('Fix the problems above and run the mark command again; refused files keep their old lock entry.');
  return outcome.refused.length > 0 ? 1 : 0;
}

const commands: Record<string, () => number | Promise<number>> = {
  status: statusCommand,
  check: checkCommand,
  fallbacks: fallbacksCommand,
  mark: markCommand,
  theme: themeCommand,
};

try {
  process.exitCode = await commands[command]!();
  opened?.saveCache();
} catch (error) {
  const known = error instanceof MdxParseError || error instanceof LockFileError || error instanceof MarkError || error instanceof UnknownLocaleError;
  console.error(`i18n: ${(error as Error).message}`);
  if (!known && process.env.I18N_DEBUG) console.error(error);
  // A file that cannot be read (MDX that does not parse, a damaged lock file) is a problem found; the rest (a target that is no translation, an unknown locale) is how the command was called.
  process.exitCode = error instanceof MdxParseError || error instanceof LockFileError ? EXIT.problems : EXIT.usage;
}
