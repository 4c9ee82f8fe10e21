/**
 * The Markdown twins plugin on the fixture site: each doc's twin written where its HTML is (`/a/b` → `a/b.md`),
 * llms.txt with the site's title and tagline and a section per sidebar category (unlisted pages last), each
 * page's written description, llms-full.txt with every twin in that order, the locale's admonition labels, and
 * a build that fails naming every page that cannot be written.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LoadContext } from '@docusaurus/types';
import markdownTwinsPlugin, { twinPath } from '../index.ts';

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/site');
const temp = mkdtempSync(path.join(tmpdir(), 'markdown-twins-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const doc = (id: string, file: string, permalink: string, title: string, description?: string) => ({
  id,
  source: `@site/docs/${file}`,
  permalink,
  title,
  frontMatter: description === undefined ? {} : { description },
});
const guide = doc('guide/index', 'guide/index.mdx', '/guide', 'Guide', 'How to do it');
const other = doc('other', 'other.mdx', '/other', 'Other');
const unlisted = doc('unlisted', 'other.mdx', '/unlisted', 'Unlisted');
const sidebars = {
  main: [
    { type: 'doc', id: 'guide/index' },
    { type: 'doc', id: 'not-a-doc' },
    { type: 'category', label: 'More', link: { type: 'doc', id: 'other' }, items: [{ type: 'category', label: 'Empty', items: [] }] },
  ],
};

/** The plugin on a context with no docs content, for what it does before (or without) a build. */
const barePlugin = () => markdownTwinsPlugin({ siteDir, localizationDir: siteDir, baseUrl: '/', siteConfig: { url: 'https://docs.test' } } as unknown as LoadContext, { fragmentsDir: 'fragments' });

/** The first lines of the fixture site's llms.txt: its title and tagline. */
const llmsHead = ['# Fixture docs', '', '> Small and complete', ''];

async function build(
  docs: unknown[],
  options: { localizationDir?: string; baseUrl?: string; sidebars?: Record<string, unknown[]>; quickStarts?: unknown[] } = {},
): Promise<{ outDir: string; error?: Error }> {
  const baseUrl = options.baseUrl ?? '/';
  const context = {
    siteDir,
    localizationDir: options.localizationDir ?? path.join(siteDir, 'i18n/en'),
    baseUrl,
    siteConfig: { title: 'Fixture docs', tagline: 'Small and complete', url: 'https://docs.test/', baseUrl, i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'] } },
  };
  const plugin = markdownTwinsPlugin(context as unknown as LoadContext, { fragmentsDir: 'fragments' });
  const outDir = path.join(temp, `out-${Math.random().toString(36).slice(2)}`);
  try {
    const allContent = {
      'docusaurus-plugin-content-docs': { default: { loadedVersions: [{ docs, sidebars: options.sidebars ?? sidebars }] } },
      ...(options.quickStarts ? { 'site-quick-starts': { default: options.quickStarts } } : {}),
    };
    await plugin.allContentLoaded!({ allContent } as never);
    await plugin.postBuild!({ outDir } as never);
    return { outDir };
  } catch (error) {
    return { outDir, error: error as Error };
  }
}

test('a twin is the permalink with .md under the locale; the locale root is index.md', () => {
  assert.equal(twinPath('/quick-starts/next', '/'), 'quick-starts/next.md');
  assert.equal(twinPath('/zh-CN/quick-starts/next/', '/zh-CN/'), 'quick-starts/next.md');
  assert.equal(twinPath('/zh-CN/', '/zh-CN/'), 'index.md');
});

test('each doc gets its twin, and llms.txt lists them by sidebar section with the written descriptions', async () => {
  const { outDir, error } = await build([guide, other, unlisted]);
  assert.equal(error, undefined);
  assert.match(readFileSync(path.join(outDir, 'guide.md'), 'utf8'), /^# The guide\n\nInstall @scope\/pkg from the English fragment\./);
  assert.equal(readFileSync(path.join(outDir, 'other.md'), 'utf8'), '# Other\n');
  assert.equal(
    readFileSync(path.join(outDir, 'llms.txt'), 'utf8'),
    [
      ...llmsHead,
      '## main',
      '',
      '- [The guide](https://docs.test/guide.md): How to do it',
      '',
      '## More',
      '',
      '- [Other](https://docs.test/other.md)',
      '',
      '## Other pages',
      '',
      '- [Other](https://docs.test/unlisted.md)',
      '',
    ].join('\n'),
  );
  const full = readFileSync(path.join(outDir, 'llms-full.txt'), 'utf8').split('\n---\n\n');
  assert.deepEqual(full.map((part) => part.split('\n')[0]), ['Source: https://docs.test/guide.md', 'Source: https://docs.test/other.md', 'Source: https://docs.test/unlisted.md']);
  assert.match(full[0]!, /^Source: https:\/\/docs\.test\/guide\.md\n\n# The guide\n/);
});

test("the twins of a translated build are under its base URL and use the locale's admonition labels", async () => {
  const localizationDir = path.join(temp, 'zh-CN');
  mkdirSync(localizationDir, { recursive: true });
  writeFileSync(path.join(localizationDir, 'code.json'), JSON.stringify({ 'theme.admonition.caution': { message: '警告' }, 'theme.admonition.note': {} }));
  const zhGuide = { ...guide, permalink: '/zh-CN/guide' };
  const { outDir, error } = await build([zhGuide, { ...other, permalink: '/zh-CN/other' }], { localizationDir, baseUrl: '/zh-CN/' });
  assert.equal(error, undefined);
  const twin = readFileSync(path.join(outDir, 'guide.md'), 'utf8');
  assert.match(twin, /警告/);
  assert.match(readFileSync(path.join(outDir, 'llms.txt'), 'utf8'), /^- \[The guide\]\(https:\/\/docs\.test\/zh-CN\/guide\.md\): How to do it$/m);
});

test('English admonition labels when the locale has no code.json', async () => {
  const kinds = doc('kinds', 'kinds.mdx', '/kinds', 'Kinds');
  const { outDir, error } = await build([guide, other, kinds], { localizationDir: path.join(temp, 'nowhere'), quickStarts: [] });
  assert.equal(error, undefined);
  assert.match(readFileSync(path.join(outDir, 'guide.md'), 'utf8'), /Caution/);
  const labels = readFileSync(path.join(outDir, 'kinds.md'), 'utf8').split('\n').filter((line) => line.startsWith('> **'));
  assert.deepEqual(labels, ['> **Note**', '> **Tip**', '> **Info**', '> **Warning**', '> **Danger**', '> **Caution**']);
});

test('a page that cannot be written as Markdown fails the build with its file and line; so does a build without docs', async () => {
  const broken = doc('broken', 'broken.mdx', '/broken', 'Broken');
  const { error } = await build([guide, broken]);
  assert.equal(
    error?.message,
    [
      'Markdown twins (src/plugins/markdown-twins):',
      '  docs/guide/index.mdx: the link ../other.mdx#part points at no doc page (docs/other.mdx).',
      '  docs/broken.mdx:5: <Unknown> has no Markdown rendering. Teach src/plugins/markdown-twins/to-markdown.ts how to write it, or use Markdown instead.',
    ].join('\n'),
  );
  const plugin = barePlugin();
  await assert.rejects(async () => plugin.allContentLoaded!({ allContent: {} } as never), { message: 'site-markdown-twins: the docs plugin loaded no version; nothing to write Markdown twins for.' });
});

test('sections follow the sidebar: top-level docs share one, a category takes its linked doc and the docs of a same-named nested list, other nested categories get their own', async () => {
  const kinds = doc('kinds', 'kinds.mdx', '/kinds', 'Kinds');
  const { outDir, error } = await build([guide, other, kinds], {
    sidebars: {
      main: [
        { type: 'doc', id: 'guide/index' },
        { type: 'doc' },
        { type: 'link', href: 'https://example.com', label: 'Elsewhere' },
        {
          type: 'category',
          label: 'Group',
          // The category's own page first, then the docs listed in it.
          link: { type: 'doc', id: 'other' },
          items: [
            { type: 'ref', id: 'kinds' },
            { type: 'category', label: 'Inner', link: { type: 'doc', id: 'guide/index' } },
            { type: 'category', label: 'Lonely', link: { type: 'doc', id: 'missing' }, items: [] },
          ],
        },
      ],
    },
  });
  assert.equal(error, undefined);
  // Links by file go to the page's URL, anchors to the page itself.
  assert.match(readFileSync(path.join(outDir, 'guide.md'), 'utf8'), /^See \[the other page\]\(https:\/\/docs\.test\/other#part\), \[an absolute one\]\(https:\/\/docs\.test\/concepts\) and \[this section\]\(https:\/\/docs\.test\/guide#steps\)\.$/m);
  assert.equal(
    readFileSync(path.join(outDir, 'llms.txt'), 'utf8'),
    [
      ...llmsHead,
      '## main',
      '',
      '- [The guide](https://docs.test/guide.md): How to do it',
      '',
      '## Group',
      '',
      '- [Other](https://docs.test/other.md)',
      '- [Every kind](https://docs.test/kinds.md)',
      '',
      '## Inner',
      '',
      '- [The guide](https://docs.test/guide.md): How to do it',
      '',
    ].join('\n'),
    'no "Other pages" section when every doc is listed; the title is the twin\'s own level-1 heading',
  );
});

test('every admonition kind has its English label; a locale message replaces it only when it has text; the gallery lists the quick starts under the base URL', async () => {
  const kinds = doc('kinds', 'kinds.mdx', '/zh-CN/kinds', 'Kinds');
  const localizationDir = path.join(temp, 'zh-CN-labels');
  mkdirSync(localizationDir, { recursive: true });
  writeFileSync(path.join(localizationDir, 'code.json'), JSON.stringify({ 'theme.admonition.tip': { message: '提示' }, 'theme.admonition.note': { message: '' } }));
  const quickStarts = [{ label: 'Next.js', slug: '/quick-starts/next', description: 'Pages Router' }];
  const { outDir, error } = await build([kinds], { localizationDir, baseUrl: '/zh-CN/', quickStarts, sidebars: { main: [{ type: 'doc', id: 'kinds' }] } });
  assert.equal(error, undefined);
  const twin = readFileSync(path.join(outDir, 'kinds.md'), 'utf8');
  assert.deepEqual(
    twin.split('\n').filter((line) => line.startsWith('> **')),
    ['> **Note**', '> **提示**', '> **Info**', '> **Warning**', '> **Danger**', '> **Caution**'],
  );
  assert.match(twin, /^- \[Next\.js\]\(https:\/\/docs\.test\/zh-CN\/quick-starts\/next\): Pages Router$/m);
  assert.match(readFileSync(path.join(outDir, 'llms.txt'), 'utf8'), /^- \[Every kind\]\(https:\/\/docs\.test\/zh-CN\/kinds\.md\)$/m);
});

test("a page the site's own remark plugins refuse is listed with the others; an error of another kind stops the build as it is", async () => {
  const badHidden = doc('bad-hidden', 'bad-hidden.mdx', '/bad-hidden', 'Bad');
  const broken = doc('broken', 'broken.mdx', '/broken', 'Broken');
  const { error } = await build([badHidden, broken], { sidebars: { main: [] } });
  const lines = error?.message.split('\n') ?? [];
  assert.equal(lines.length, 3, error?.message);
  assert.match(lines[1]!, /^  .*hidden.*\(see tools\/snippets\/README\.md\)$/);
  assert.match(lines[2]!, /^  docs\/broken\.mdx:5: <Unknown> has no Markdown rendering/);
  const gone = doc('gone', 'gone.mdx', '/gone', 'Gone');
  const missing = await build([gone], { sidebars: { main: [] } });
  assert.equal((missing.error as NodeJS.ErrnoException | undefined)?.code, 'ENOENT');
});

test('the plugin is named for the logs', () => {
  assert.equal(barePlugin().name, 'site-markdown-twins');
});
