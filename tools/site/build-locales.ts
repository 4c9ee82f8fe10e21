/**
 * `npm run build`: every locale of docusaurus.config.ts, each in its own
 * `docusaurus build --locale <l>` process, the default locale first, into one
 * site folder (`build/`, or `--out-dir`). Same output as one plain
 * `docusaurus build`; the difference is memory: one process holds every
 * locale it has built until it exits (5.07 GB at 1,000 pages in three
 * locales), one process per locale holds one (2.8 GB; `npm run bench -- scale`).
 *
 *   node --import tsx tools/site/build-locales.ts [docusaurus build options]
 *
 * Each process runs with a heap cap (HEAP_CAP_MB, unless NODE_OPTIONS sets
 * `--max-old-space-size`). Options go to every `docusaurus build`. With `--locale` it is one plain
 * `docusaurus build` of that locale. The default locale goes first because its
 * build empties the whole out dir, while another locale's empties only its
 * own `<out-dir>/<locale>/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_NAMES, loadSiteFacts } from './config.ts';

export interface BuildStep {
  locale: string | undefined;
  args: string[];
}

/**
 * The heap cap of each build process unless NODE_OPTIONS sets one. Node's
 * default here is 4 GB, and a build grows its heap towards it: zh-CN alone at
 * 1,000 pages peaked at 2.7–3.8 GB of RSS uncapped, 3.55 GB capped at
 * 3,072 MB, 3.01 GB at 2,560 and 2.65 GB at 2,048 (all as fast), so its live
 * memory fits in 2 GB and this cap leaves a quarter more.
 */
export const HEAP_CAP_MB = 2560;

/** The environment of a build process: the caller's, with the heap cap added when NODE_OPTIONS has none. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size[= ]/.test(options)) return env;
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${HEAP_CAP_MB}`.trim() };
}

/** The `docusaurus build` runs for these command-line options: one per locale, the default first. */
export function buildSteps(args: string[], defaultLocale: string, locales: string[]): BuildStep[] {
  if (args.some((arg) => arg === '--locale' || arg === '-l' || arg.startsWith('--locale=')) || args.includes('--help') || args.includes('-h')) return [{ locale: undefined, args }];
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  return ordered.map((locale) => ({ locale, args: ['--locale', locale, ...args] }));
}

async function main(): Promise<number> {
  const root = process.cwd();
  const args = process.argv.slice(2);
  if (!CONFIG_NAMES.some((name) => existsSync(path.join(root, name)))) {
    console.error(`build: ${root}: no docusaurus.config.ts; run npm run build at the site's root`);
    return 1;
  }
  let facts;
  try {
    facts = await loadSiteFacts(root);
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const docusaurus = createRequire(path.join(root, 'package.json')).resolve('@docusaurus/core/bin/docusaurus.mjs');
  const steps = buildSteps(args, facts.defaultLocale, facts.localeList);
  for (const [index, step] of steps.entries()) {
    if (step.locale !== undefined) console.log(`\nbuild: locale ${step.locale} (${index + 1} of ${steps.length}), its own process`);
    const run = spawnSync(process.execPath, [docusaurus, 'build', ...step.args], { cwd: root, stdio: 'inherit', env: buildEnv(process.env) });
    if (run.status !== 0) {
      if (step.locale !== undefined) console.error(`build: the build of locale ${step.locale} failed (above); the locales after it were not built`);
      return run.status ?? 1;
    }
  }
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
