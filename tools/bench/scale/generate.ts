/**
 * Generates a scaled copy of the site for `npm run bench -- scale`: the
 * repository's sources copied to a folder (node_modules linked entry by entry,
 * so bundler caches stay in the copy), plus N pages per locale made from the
 * real guides under new slugs. Each copy keeps importing the real fragments
 * (its relative imports and links are rewritten to point back at them), so
 * the build, the snippet checker and the link checker see what a big docs
 * site has: many pages composing few shared fragments, code blocks checked
 * against the samples, translations in every locale.
 *
 * A third locale (`ja` by default) is added through a wrapper config: the
 * real `docusaurus.config.ts` is kept as `docusaurus.base.config.ts`, and the
 * wrapper adds the locale, the generated sidebar and the search contexts.
 * `SCALE_LOCALES=en,zh-CN` at run time narrows the locales the wrapper
 * exports, for a tool that does not take a third one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSource } from '../../site/hash.ts';
import { isRoute, layoutFor, listMarkdown } from '../../site/layout.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What the copy takes from the repository (the sources a build and the checkers read). */
const COPIED = ['docs', 'fragments', 'i18n', 'samples', 'src', 'static', 'tools', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const NOT_COPIED = /[\\/](node_modules|\.next|build)([\\/]|$)|[\\/]\.env(\.[^\\/]*)?\.local$/;

/** The real pages the copies are made from, with the sample their code blocks are checked against. */
export const TEMPLATES = [
  { key: 'app-router', page: 'quick-starts/next-app-router/index.mdx', sample: 'samples/next-app-router', scratchDir: 'app' },
  { key: 'pages-router', page: 'quick-starts/next/index.mdx', sample: 'samples/next-pages-router', scratchDir: 'pages' },
  { key: 'api-resources', page: 'authorization/api-resources.mdx', sample: 'samples/next-app-router', scratchDir: 'app' },
  { key: 'rbac', page: 'authorization/role-based-access-control.mdx', sample: 'samples/next-app-router', scratchDir: 'app' },
  { key: 'organizations', page: 'organizations/index.mdx', sample: 'samples/next-app-router', scratchDir: 'app' },
] as const;

/** Pages per sidebar category and search context, as a large docs site groups them. */
export const SECTION_SIZE = 25;

export interface ScaleOptions {
  /** Pages per locale, the real ones included. */
  pagesPerLocale: number;
  /** The locale added to the config; its tree is a copy of the zh-CN one. */
  extraLocale?: string;
}

export interface ScaleSite {
  dir: string;
  locales: string[];
  /** Pages per locale (real plus generated). */
  pages: number;
  generated: number;
  sections: string[];
  /** The samples config for check:snippets with the generated pages mapped (a module path). */
  snippetsConfig: string;
}

export function generateScaleSite(dir: string, options: ScaleOptions): ScaleSite {
  const extra = options.extraLocale ?? 'ja';
  copySources(dir);
  const layout = layoutFor('en', ['en', 'zh-CN']);
  const zhDocs = layout.locales['zh-CN']!.docs;
  const realPages = listMarkdown(path.join(dir, 'docs')).filter(isRoute).length;
  const generated = Math.max(0, options.pagesPerLocale - realPages);

  // The third locale starts as a copy of the zh-CN tree (pages, fragments, theme strings, lock).
  cpSync(path.join(dir, 'i18n/zh-CN'), path.join(dir, 'i18n', extra), { recursive: true });
  const extraDocs = zhDocs.replace('i18n/zh-CN/', `i18n/${extra}/`);

  const sections = new Set<string>();
  const locks: Record<string, Record<string, string>> = { 'zh-CN': {}, [extra]: {} };
  for (let i = 0; i < generated; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const section = `s${String(Math.floor(i / SECTION_SIZE) + 1).padStart(2, '0')}`;
    sections.add(section);
    const local = `scale-${section}/${template.key}-${String(i + 1).padStart(4, '0')}.mdx`;
    const number = i + 1;
    const english = copyPage(dir, `docs/${template.page}`, `docs/${local}`, number);
    for (const [locale, docs] of [['zh-CN', zhDocs], [extra, extraDocs]] as const) {
      const source = `${docs}/${template.page}`;
      // A template without a translation leaves the copy untranslated in that locale, as on a real site.
      if (!existsSync(path.join(dir, source))) continue;
      copyPage(dir, source, `${docs}/${local}`, number);
      locks[locale]![`docs/${local}`] = hashSource(english);
    }
  }
  for (const [locale, entries] of Object.entries(locks)) addLockEntries(dir, locale, entries);

  writeWrapperConfig(dir, extra, [...sections]);
  const snippetsConfig = writeSnippetsConfig(dir, extra);
  // The sample zip lists committed files and i18n:status reads English sources from history: one commit.
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'scale site'], { cwd: dir });
  return { dir, locales: ['en', 'zh-CN', extra], pages: realPages + generated, generated, sections: [...sections], snippetsConfig };
}

/** A copy of the repository's sources in `dir`, node_modules linked entry by entry (no generated pages). */
export function copySources(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) {
    if (!existsSync(path.join(repoRoot, entry))) continue;
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true, filter: (source) => !NOT_COPIED.test(source) });
  }
  // node_modules as a folder of links: packages resolve from the real tree, while
  // node_modules/.cache (Rspack, the docs checks) is the copy's own and starts empty.
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (entry === '.cache') continue;
    symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
}

/**
 * Copies a page to a new path: its title gets the copy's number, an explicit
 * `slug` is dropped (the path gives the route), and relative imports and links
 * that lead to a Markdown file are rewritten relative to the new place, so
 * the copy composes the same fragments. Code blocks are left as they are (the
 * imports inside them are code, not MDX). Returns the text written.
 */
function copyPage(dir: string, from: string, to: string, number: number): string {
  const text = readFileSync(path.join(dir, from), 'utf8');
  const retarget = (specifier: string): string => {
    const [file, anchor] = specifier.split('#') as [string, string | undefined];
    if (!/^\.\.?\//.test(file)) return specifier;
    const target = path.posix.join(path.posix.dirname(from), file);
    if (!/\.mdx?$/.test(target) || !existsSync(path.join(dir, target))) return specifier;
    let moved = path.posix.relative(path.posix.dirname(to), target);
    if (!moved.startsWith('.')) moved = `./${moved}`;
    return anchor === undefined ? moved : `${moved}#${anchor}`;
  };
  let fence: string | undefined;
  let titled = false;
  const lines = text.split('\n').map((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return line;
    }
    if (marker !== undefined) {
      fence = marker;
      return line;
    }
    if (index > 0 && /^slug:/.test(line)) return '';
    if (/^title:/.test(line)) return `${line.replace(/\s*$/, '')}`.replace(/^title:\s*(['"]?)(.*?)\1$/, (_all, _quote, title: string) => `title: "${title.replace(/"/g, '\\"')} (${number})"`);
    if (!titled && /^# /.test(line)) {
      titled = true;
      return line.replace(/^(# .*?)(\s*\\\{#[^}]+\})?$/, (_all, heading: string, id: string | undefined) => `${heading} (${number})${id ?? ''}`);
    }
    return line
      .replace(/(\bfrom\s+)(['"])([^'"]+)\2/g, (_all, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${retarget(specifier)}${quote}`)
      .replace(/(\]\()([^)\s]+)(\))/g, (_all, open: string, target: string, close: string) => `${open}${retarget(target)}${close}`);
  });
  const written = lines.join('\n');
  mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
  writeFileSync(path.join(dir, to), written);
  return written;
}

function addLockEntries(dir: string, locale: string, entries: Record<string, string>): void {
  const file = path.join(dir, 'i18n', locale, 'translation-lock.json');
  if (!existsSync(file)) return;
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { files?: Record<string, string> };
  if (lock.files === undefined) return;
  Object.assign(lock.files, entries);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

/** The wrapper config: the real config plus the third locale and a sidebar category per section. */
function writeWrapperConfig(dir: string, extra: string, sections: string[]): void {
  renameSync(path.join(dir, 'docusaurus.config.ts'), path.join(dir, 'docusaurus.base.config.ts'));
  writeFileSync(
    path.join(dir, 'sidebars.scale.ts'),
    `// Generated by tools/bench/scale/generate.ts: the real sidebar plus one category per generated section.\n` +
      `import base from './sidebars.ts';\n` +
      `const sections = ${JSON.stringify(sections)};\n` +
      `export default { ...base, docs: [...(base as { docs: unknown[] }).docs, ...sections.map((section) => ({ type: 'category', label: 'Scale ' + section, items: [{ type: 'autogenerated', dirName: 'scale-' + section }] }))] };\n`,
  );
  writeFileSync(
    path.join(dir, 'docusaurus.config.ts'),
    `// Generated by tools/bench/scale/generate.ts: the repository's config (docusaurus.base.config.ts)
// with a third locale and the generated sections in the sidebar. Each section is a top-level
// docs folder (docs/scale-sNN/), as real sections are. SCALE_LOCALES=en,zh-CN narrows the locales.
import base from './docusaurus.base.config.ts';

const extra = ${JSON.stringify(extra)};
const locales = (process.env.SCALE_LOCALES ?? ['en', 'zh-CN', extra].join(',')).split(',');

const presets = (base.presets ?? []).map((preset) => {
  if (!Array.isArray(preset) || preset[0] !== 'classic') return preset;
  const options = preset[1] as { docs?: Record<string, unknown> };
  return [preset[0], { ...options, docs: { ...options.docs, sidebarPath: './sidebars.scale.ts' } }];
});

export default {
  ...base,
  i18n: { ...base.i18n, locales, localeConfigs: { ...base.i18n.localeConfigs, [extra]: { label: extra, htmlLang: extra, baseUrl: '/' + extra + '/' } } },
  presets,
};
`,
  );
}

/** The repository's samples config with the generated pages mapped to their templates' samples, and the third locale's folders. */
function writeSnippetsConfig(dir: string, extra: string): string {
  const file = path.join(dir, 'tools/snippets/samples.scale.config.ts');
  const guides = TEMPLATES.map((template) => ({ pages: [`scale-*/${template.key}-*`], sample: template.sample, scratchDir: template.scratchDir }));
  writeFileSync(
    file,
    `// Generated by tools/bench/scale/generate.ts: samples.config.ts plus the generated pages and the ${extra} locale.\n` +
      `import base from './samples.config.ts';\n` +
      `const extra = ${JSON.stringify(extra)};\n` +
      `const config = { ...base, guides: [...base.guides, ...${JSON.stringify(guides)}] } as typeof base;\n` +
      `// Only when the config lists locale folders (tools that read them from docusaurus.config.ts need nothing).\n` +
      `const locales = (config as { locales?: Record<string, { docs: string; fragments: string }> }).locales;\n` +
      `if (locales !== undefined && (process.env.SCALE_LOCALES ?? extra).split(',').includes(extra)) {\n` +
      `  (config as { locales: typeof locales }).locales = { ...locales, [extra]: { docs: 'i18n/' + extra + '/docusaurus-plugin-content-docs/current', fragments: 'i18n/' + extra + '/fragments' } };\n` +
      `}\n` +
      `export default config;\n`,
  );
  return file;
}
