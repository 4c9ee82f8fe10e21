// The Download sample plugin on a small site made for the test (a git repository): the gallery's guides with a
// sample get their button's data, the build writes each sample's files and the local identity provider's zip,
// and the English build fails, naming the guide file and line, when a file the guide shows in full differs from
// the sample, is no longer shown, or is not a committed file of the sample. Translated builds skip that check.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import type { SampleFiles } from '../../../tools/site/sample-files.ts';
import sampleZipPlugin from './index.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'sample-zip-plugin-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const fence = '```';
const guide = [
  '# Pages Router',
  '',
  `${fence}tsx title="pages/index.tsx"`,
  'an earlier step',
  fence,
  '',
  `${fence}tsx title="pages/index.tsx"`,
  'export default function Home() {}',
  fence,
  '',
  // A shared fragment shows pages/profile.tsx: a difference is named at the fragment's line.
  "import Profile from '@fragments/_profile.mdx';",
  '',
  '<Profile />',
  '',
  // The title after another option; the file has no second line.
  `${fence}tsx showLineNumbers title="pages/index.tsx"`,
  'export default function Home() {}',
  'a line the sample does not have',
  fence,
  '',
  // A part of pages/index.tsx after its whole-file block: the file as the guide leaves it is still that block.
  `${fence}tsx title="pages/index.tsx" excerpt="the component's name"`,
  'function Home',
  fence,
  '',
  // Not a title: the option is `subtitle`.
  `${fence}tsx subtitle="pages/profile.tsx"`,
  'not the file',
  fence,
  '',
  ':::note',
  '',
  'The products page is the same as in the sample (the blank line at the end of the block does not count).',
  '',
  `${fence}tsx title="pages/products.tsx"`,
  'export default function Products() {}',
  '',
  fence,
  '',
  ':::',
  '',
].join('\n');
const profileFragment = [`${fence}tsx title="pages/profile.tsx"`, 'line one', 'the guide says this', fence, ''].join('\n');
const files: Record<string, string> = {
  'package.json': JSON.stringify({ devDependencies: { tsx: '4.23.15' } }),
  'samples/registry.ts': '',
  'samples/local-idp/package.json': '{}',
  'samples/local-idp/README.md': '# Local identity provider\n',
  'samples/local-idp/src/registry.ts': "export * from '../../registry.ts';\n",
  'docs/quick-starts/next/index.mdx': guide,
  'fragments/_profile.mdx': profileFragment,
  'samples/next-pages-router/pages/index.tsx': 'export default function Home() {}\n',
  'samples/next-pages-router/pages/profile.tsx': 'line one\nthe sample says this\n',
  'samples/next-pages-router/pages/products.tsx': 'export default function Products() {}\n',
  'samples/next-pages-router/pages/organizations.tsx': 'export default function Organizations() {}\n',
  'samples/next-pages-router/package.json': '{}',
};
const siteDir = path.join(temp, 'site');
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
  writeFileSync(path.join(siteDir, file), text);
}
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: siteDir, stdio: 'pipe' });
git('init', '-q');
git('add', '-A');
git('commit', '-q', '-m', 'fixture');

const doc = { id: 'quick-starts/next/index', slug: '/quick-starts/next', source: '@site/docs/quick-starts/next/index.mdx', permalink: '/quick-starts/next', title: 'Pages Router' };
const other = { id: 'intro', slug: '/intro', source: '@site/docs/intro.mdx', permalink: '/intro', title: 'Intro' };
const allContent = {
  'docusaurus-plugin-content-docs': { default: { loadedVersions: [{ docs: [doc, other] }] } },
  'site-quick-starts': { default: [{ slug: '/quick-starts/next' }, { slug: '/intro' }, { slug: '/quick-starts/gone' }] },
};

async function build(locale: string): Promise<{ data: unknown; outDir: string; error?: Error }> {
  const context = { siteDir, siteConfig: { url: 'https://docs.example' }, localizationDir: path.join(siteDir, 'i18n', locale), baseUrl: '/', i18n: { currentLocale: locale, defaultLocale: 'en' } };
  const plugin = sampleZipPlugin(context as unknown as LoadContext);
  let data: unknown;
  await plugin.allContentLoaded!({ allContent, actions: { setGlobalData: (value: unknown) => (data = value) } } as never);
  const outDir = path.join(temp, `build-${locale}`);
  try {
    await plugin.postBuild!({ outDir } as never);
    return { data, outDir };
  } catch (error) {
    return { data, outDir, error: error as Error };
  }
}

test('only the guides whose doc has a sample get a Download sample button, pointing at the files under the base URL', async () => {
  const { data } = await build('en');
  assert.deepEqual(data, { '/quick-starts/next': { name: 'next-pages-router', files: 'samples/next-pages-router.json' } });
});

test("the build writes the sample's committed files and the local identity provider's zip", async () => {
  const { outDir } = await build('en');
  const sample = JSON.parse(readFileSync(path.join(outDir, 'samples/next-pages-router.json'), 'utf8')) as SampleFiles;
  assert.equal(sample.name, 'next-pages-router');
  assert.deepEqual(sample.files.map((file) => file.path), ['package.json', 'pages/index.tsx', 'pages/organizations.tsx', 'pages/products.tsx', 'pages/profile.tsx']);
  assert.equal(sample.files[1]!.text, 'export default function Home() {}\n');
  assert.equal(existsSync(path.join(outDir, 'downloads/local-identity-provider.zip')), true);
});

test('the English build names each file the guide shows in full that differs, is not shown, or is not in the sample', async () => {
  const { error } = await build('en');
  assert.ok(error, 'the build fails');
  const lines = error.message.split('\n');
  assert.equal(lines[0], 'Download sample (src/plugins/sample-zip):');
  assert.ok(
    lines.includes(
      '  fragments/_profile.mdx:3: the block titled "pages/profile.tsx" differs from samples/next-pages-router/pages/profile.tsx (in the zip) at its line 2: guide "the guide says this", sample "the sample says this". Make them equal, or remove the file from samples/registry.ts (shownInFull) if the guide shows a variant.',
    ),
    error.message,
  );
  assert.ok(lines.includes('  docs/quick-starts/next/index.mdx: the guide no longer shows pages/organizations.tsx in a block titled "pages/organizations.tsx"; remove it from samples/registry.ts (shownInFull) or show it.'), error.message);
  assert.equal(lines.filter((line) => line.includes('pages/products.tsx')).length, 0, 'a block equal to its file but for a blank line at its end, inside an admonition, passes');
  assert.ok(lines.includes('  samples/registry.ts (shownInFull): samples/next-pages-router/pages/api/products.ts is not a committed file of the sample; fix the list.'), error.message);
  assert.ok(
    lines.includes(
      '  docs/quick-starts/next/index.mdx:17: the block titled "pages/index.tsx" differs from samples/next-pages-router/pages/index.tsx (in the zip) at its line 2: guide "a line the sample does not have", sample "(end of file)". Make them equal, or remove the file from samples/registry.ts (shownInFull) if the guide shows a variant.',
    ),
    'the last whole-file block of pages/index.tsx is compared (a title after another option counts), not the excerpt after it:\n' + error.message,
  );
  assert.equal(lines.filter((line) => line.includes('"pages/index.tsx"')).length, 1, 'the earlier, equal block of pages/index.tsx is not compared');
  assert.equal(lines.filter((line) => line.includes('"pages/profile.tsx"')).length, 1, 'a subtitle is not a title');
});

test('a block that stops before the end of its file names the first line it lacks', async () => {
  // The blank line at the end of the block is not a line of the file.
  writeFileSync(path.join(siteDir, 'fragments/_profile.mdx'), profileFragment.replace('line one\nthe guide says this\n', 'line one\n\n'));
  try {
    const { error } = await build('en');
    assert.ok(
      error?.message.includes(
        '  fragments/_profile.mdx:3: the block titled "pages/profile.tsx" differs from samples/next-pages-router/pages/profile.tsx (in the zip) at its line 2: guide "(end of block)", sample "the sample says this".',
      ),
      error?.message,
    );
  } finally {
    writeFileSync(path.join(siteDir, 'fragments/_profile.mdx'), profileFragment);
  }
});

test('a site without docs, or whose docs have no version yet, gives no button and fails nothing', async () => {
  const context = { siteDir, siteConfig: { url: 'https://docs.example' }, localizationDir: path.join(siteDir, 'i18n/en'), baseUrl: '/', i18n: { currentLocale: 'en', defaultLocale: 'en' } };
  for (const content of [{}, { 'docusaurus-plugin-content-docs': { default: { loadedVersions: [] } }, 'site-quick-starts': allContent['site-quick-starts'] }]) {
    let data: unknown;
    const plugin = sampleZipPlugin(context as unknown as LoadContext);
    await plugin.allContentLoaded!({ allContent: content, actions: { setGlobalData: (value: unknown) => (data = value) } } as never);
    assert.deepEqual(data, {});
    await plugin.postBuild!({ outDir: path.join(temp, 'build-no-docs') } as never);
  }
});

test('a translated build writes the files and does not compare its blocks', async () => {
  const { error, outDir } = await build('zh-CN');
  assert.equal(error, undefined);
  assert.equal(existsSync(path.join(outDir, 'samples/next-pages-router.json')), true);
});
