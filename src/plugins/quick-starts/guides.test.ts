// The quick-start gallery's data, on a temporary site: every guide folder with front matter is listed (sorted by
// label, translated where a translation exists), and a missing key, missing logo or missing front matter stops
// the build with the file and what to add. The plugin hands the list to the gallery as global data.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { GuideFrontMatterError, loadQuickStartGuides } from './guides.ts';
import quickStartsPlugin from './index.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'quick-starts-'));
after(() => rmSync(temp, { recursive: true, force: true }));
let sites = 0;

function frontMatter(overrides: Record<string, string | undefined> = {}): string {
  const values: Record<string, string | undefined> = {
    slug: '/quick-starts/next',
    sidebar_label: 'Next.js',
    description: 'Pages Router',
    logo: 'next.svg',
    dark: 'next-dark.svg',
    language: 'TypeScript',
    official_link: 'https://nextjs.org',
    app_type: 'Traditional web',
    framework: 'Next.js',
    ...overrides,
  };
  const line = (key: string, value: string | undefined) => (value === undefined ? '' : `${key}: ${JSON.stringify(value)}\n`);
  return (
    '---\n' +
    line('slug', values.slug) +
    line('sidebar_label', values.sidebar_label) +
    'sidebar_custom_props:\n' +
    line('  description', values.description) +
    line('  logoFilename', values.logo) +
    line('  darkLogoFilename', values.dark) +
    line('language', values.language) +
    line('official_link', values.official_link) +
    line('app_type', values.app_type) +
    line('framework', values.framework) +
    '---\n\n# Guide\n'
  );
}

/** A site with the given guides (folder → index.mdx text) and zh-CN translations, and the logos next.svg/next-dark.svg. */
function site(guides: Record<string, string>, translated: Record<string, string> = {}) {
  const root = path.join(temp, `site-${sites++}`);
  const docsDir = path.join(root, 'docs');
  const localizedDocsDir = path.join(root, 'i18n/zh-CN/docusaurus-plugin-content-docs/current');
  const staticDir = path.join(root, 'static');
  mkdirSync(path.join(staticDir, 'img/logos'), { recursive: true });
  for (const logo of ['next.svg', 'next-dark.svg']) writeFileSync(path.join(staticDir, 'img/logos', logo), '<svg/>');
  mkdirSync(path.join(docsDir, 'quick-starts'), { recursive: true });
  for (const [dir, files] of [
    [docsDir, guides],
    [localizedDocsDir, translated],
  ] as const) {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.join(dir, 'quick-starts', name), { recursive: true });
      writeFileSync(path.join(dir, 'quick-starts', name, 'index.mdx'), text);
    }
  }
  return { root, docsDir, localizedDocsDir, staticDir };
}

function problem(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof GuideFrontMatterError, String(error));
    return error.message;
  }
  assert.fail('expected a front matter error');
}

test('every guide folder is listed by label with its logos under /img/logos; folders without index.mdx and files are skipped', () => {
  const { docsDir, staticDir } = site({ pages: frontMatter(), app: frontMatter({ slug: '/quick-starts/next-app-router', sidebar_label: 'Next.js (App Router)', description: 'App Router' }), empty: '' });
  writeFileSync(path.join(docsDir, 'quick-starts/index.mdx'), '# Quick starts\n');
  rmSync(path.join(docsDir, 'quick-starts/empty/index.mdx'));
  const guides = loadQuickStartGuides({ docsDir, staticDir });
  assert.deepEqual(guides, [
    { slug: '/quick-starts/next', label: 'Next.js', description: 'Pages Router', logo: '/img/logos/next.svg', darkLogo: '/img/logos/next-dark.svg', language: 'TypeScript', officialLink: 'https://nextjs.org', appType: 'Traditional web', framework: 'Next.js' },
    { slug: '/quick-starts/next-app-router', label: 'Next.js (App Router)', description: 'App Router', logo: '/img/logos/next.svg', darkLogo: '/img/logos/next-dark.svg', language: 'TypeScript', officialLink: 'https://nextjs.org', appType: 'Traditional web', framework: 'Next.js' },
  ]);
});

test('a translated guide is read from the translation; an untranslated one from English', () => {
  const { docsDir, localizedDocsDir, staticDir } = site({ a: frontMatter({ sidebar_label: 'A' }), b: frontMatter({ sidebar_label: 'B' }) }, { a: frontMatter({ sidebar_label: 'A', description: '页面路由' }) });
  const guides = loadQuickStartGuides({ docsDir, localizedDocsDir, staticDir });
  assert.deepEqual(guides.map((guide) => guide.description), ['页面路由', 'Pages Router']);
  assert.deepEqual(loadQuickStartGuides({ docsDir, staticDir }).map((guide) => guide.description), ['Pages Router', 'Pages Router']);
});

test('a missing or empty key names the file and the key', () => {
  for (const key of ['slug', 'sidebar_label', 'description', 'logo', 'dark', 'language', 'official_link', 'app_type', 'framework']) {
    const { docsDir, staticDir } = site({ g: frontMatter({ [key]: key === 'slug' ? '  ' : undefined }) });
    const message = problem(() => loadQuickStartGuides({ docsDir, staticDir }));
    const shown = { description: 'sidebar_custom_props.description', logo: 'sidebar_custom_props.logoFilename', dark: 'sidebar_custom_props.darkLogoFilename' }[key] ?? key;
    assert.equal(message, `${path.join(docsDir, 'quick-starts/g/index.mdx')}: front matter key \`${shown}\` is missing or empty; every quick-start guide needs it for the gallery.`);
  }
});

test('a logo that is not in static/img/logos, no front matter, or front matter that is not a mapping stop the build', () => {
  const missingLogo = site({ g: frontMatter({ dark: 'gone.svg' }) });
  const file = path.join(missingLogo.docsDir, 'quick-starts/g/index.mdx');
  assert.equal(problem(() => loadQuickStartGuides(missingLogo)), `${file}: logo \`gone.svg\` not found; add it as static/img/logos/gone.svg.`);
  const none = site({ g: '# No front matter\n' });
  assert.equal(problem(() => loadQuickStartGuides(none)), `${path.join(none.docsDir, 'quick-starts/g/index.mdx')}:1: a quick-start guide needs front matter between --- lines.`);
  const scalar = site({ g: '---\njust text\n---\n' });
  assert.equal(problem(() => loadQuickStartGuides(scalar)), `${path.join(scalar.docsDir, 'quick-starts/g/index.mdx')}:2: the front matter is not a YAML mapping.`);
  // `sidebar_custom_props:` with nothing under it is null in YAML: its keys are missing, not a crash.
  const noProps = site({ g: frontMatter({ description: undefined, logo: undefined, dark: undefined }) });
  assert.equal(problem(() => loadQuickStartGuides(noProps)), `${path.join(noProps.docsDir, 'quick-starts/g/index.mdx')}: front matter key \`sidebar_custom_props.logoFilename\` is missing or empty; every quick-start guide needs it for the gallery.`);
  const crlf = site({ g: frontMatter().replace(/\n/g, '\r\n') });
  assert.equal(loadQuickStartGuides(crlf)[0]?.label, 'Next.js');
});

test('the plugin reads the translations only for another locale, watches both trees and publishes the list', async () => {
  const { root, localizedDocsDir } = site({ g: frontMatter() }, { g: frontMatter({ description: '翻译' }) });
  const context = (currentLocale: string) =>
    ({
      siteDir: root,
      siteConfig: { i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'] } },
      localizationDir: path.join(root, 'i18n/zh-CN'),
      i18n: { currentLocale, defaultLocale: 'en' },
    }) as unknown as LoadContext;
  const plugin = quickStartsPlugin(context('zh-CN'));
  assert.equal(plugin.name, 'site-quick-starts');
  assert.deepEqual(plugin.getPathsToWatch!(), [`${path.join(root, 'docs')}/quick-starts/*/index.mdx`, `${localizedDocsDir}/quick-starts/*/index.mdx`]);
  const content = await plugin.loadContent!();
  assert.equal(content[0]?.description, '翻译');
  assert.equal((await quickStartsPlugin(context('en')).loadContent!())[0]?.description, 'Pages Router');
  let published: unknown;
  await plugin.contentLoaded!({ content, actions: { setGlobalData: (data: unknown) => (published = data) } } as never);
  assert.equal(published, content);
});
