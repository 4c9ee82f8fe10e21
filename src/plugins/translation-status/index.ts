/**
 * Build-time translation status for the reader banner. For a translated
 * locale's build, `loadContent` runs `tools/i18n` status once (a child process,
 * so the tools keep their own ESM module graph) and publishes, as global data,
 * only the pages that need a notice: fallbacks to English and outdated
 * translations, including pages that compose an outdated or missing fragment.
 * The theme component in ./theme shows the notice; readers pay nothing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** What the theme receives: doc path relative to the docs folder → notice to show. */
export interface TranslationStatusData {
  locale: string;
  pages: Record<string, { status: 'missing' | 'outdated'; fragments: string[] }>;
}

interface StatusEntry {
  kind: 'page' | 'fragment';
  source?: string;
  effective?: 'up to date' | 'outdated' | 'missing';
  fragments?: Array<{ source: string }>;
}

const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const statusCli = path.join(repoRoot, 'tools/i18n/cli.ts');

function runStatus(siteDir: string, locale: string): Promise<Array<{ locale: string; entries: StatusEntry[] }>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', statusCli, 'status', '--json', '--locale', locale, '--root', siteDir],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`translation-status: \`i18n:status\` failed for ${locale}:\n${stderr || error.message}`));
          return;
        }
        resolve(JSON.parse(stdout) as Array<{ locale: string; entries: StatusEntry[] }>);
      },
    );
  });
}

export default function translationStatusPlugin(context: LoadContext): Plugin<TranslationStatusData> {
  const { siteDir, i18n } = context;
  return {
    name: 'translation-status',

    getThemePath() {
      return path.join(here, 'theme');
    },

    // In `docusaurus start`, any source, translation or lock edit refreshes the notices.
    getPathsToWatch() {
      return ['i18n/*/translation-lock.json', 'docs/**/*.{md,mdx}', 'fragments/**/*.{md,mdx}', 'i18n/*/docusaurus-plugin-content-docs/current/**/*.{md,mdx}', 'i18n/*/fragments/**/*.{md,mdx}'].map(
        (pattern) => path.join(siteDir, pattern),
      );
    },

    async loadContent() {
      const locale = i18n.currentLocale;
      const data: TranslationStatusData = { locale, pages: {} };
      if (locale === i18n.defaultLocale) return data;
      const [status] = await runStatus(siteDir, locale);
      for (const entry of status?.entries ?? []) {
        if (entry.kind !== 'page' || !entry.source || !entry.effective || entry.effective === 'up to date') continue;
        const docPath = entry.source.replace(/^docs\//, '');
        data.pages[docPath] = { status: entry.effective, fragments: (entry.fragments ?? []).map((f) => f.source) };
      }
      return data;
    },

    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
