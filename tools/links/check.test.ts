// check:links on its fixture site (fixtures/site) and on the real docs: every fault at its own file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, type LinkProblem, type LinksResult } from './check.ts';
import { readFacts } from './facts.ts';
import { loadSiteFacts } from '../site/config.ts';
import { formatText, toReport } from './report.ts';
import { withTempDir } from '../snippets/testing.ts';
import { runLinksCli as cli } from './testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures/site');
const repo = path.resolve(here, '../..');
const zh = 'i18n/zh-CN/docusaurus-plugin-content-docs/current';

let fixtureRun: LinksResult | undefined;
const run = async (): Promise<LinksResult> => (fixtureRun ??= checkLinks({ root: fixture, site: await loadSiteFacts(fixture), readFacts }));
const where = (problems: LinkProblem[]): string[] => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`);

test('every fault of the fixture is reported once, at its own file, line and column; good links of every kind pass', async () => {
  const { problems } = await run();
  assert.deepEqual(where(problems), [
    'docs/guide/_more.mdx:1:1 duplicate-id',
    'docs/guide/index.mdx:15:9 broken-link',
    'docs/guide/index.mdx:15:38 broken-anchor',
    'docs/other/page.mdx:9:1 heading-id',
    'fragments/_shared.mdx:3:5 broken-link',
    'fragments/_shared.mdx:3:40 broken-anchor',
    `${zh}/guide/_more.mdx:1:1 duplicate-id`,
    `${zh}/guide/index.mdx:15:4 broken-link`,
    `${zh}/guide/index.mdx:15:27 broken-anchor`,
  ]);
});

test('a broken route says which route and suggests the nearest one', async () => {
  const problem = (await run()).problems.find((p) => p.file === 'docs/guide/index.mdx' && p.code === 'broken-link')!;
  assert.equal(problem.message, '/guides/frist (no page has this route; did you mean /guides/first?)');
  const translated = (await run()).problems.find((p) => p.file === `${zh}/guide/index.mdx` && p.code === 'broken-link')!;
  assert.equal(translated.message, '/guides/frist (no page has this route in zh-CN; did you mean /guides/first?)');
});

test('a fragment line is reported once and names every page that composes it, in both locales', async () => {
  const problem = (await run()).problems.find((p) => p.file === 'fragments/_shared.mdx' && p.code === 'broken-anchor')!;
  assert.match(problem.message, /#set-up-again .*did you mean #set-up\?/);
  assert.deepEqual(
    problem.pages?.map((page) => page.route),
    ['/guides/first', '/other/page', '/zh-CN/guides/first', '/zh-CN/other/page'],
  );
  const text = formatText(toReport(await run()));
  assert.match(text, /fragments\/_shared\.mdx:3:40 broken-anchor: [^\n]*\n {2}on \/guides\/first \(docs\/guide\/index\.mdx\), \/other\/page/);
});

test('a duplicate id from two fragments names both files and lines and the page', async () => {
  const problem = (await run()).problems.find((p) => p.file === 'docs/guide/_more.mdx')!;
  assert.match(problem.message, /"prepare-configs" is also the id of fragments\/_shared\.mdx:1/);
  assert.deepEqual(problem.pages, [{ route: '/guides/first', file: 'docs/guide/index.mdx' }]);
});

test('the CLI prints file:line:col lines, JSON and GitHub annotations, and exits 1', () => {
  withTempDir('links-cli-', (cache) => {
    const text = cli(['--root', fixture, '--no-cache']);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^docs\/guide\/index\.mdx:15:9 broken-link: \/guides\/frist \(no page has this route; did you mean \/guides\/first\?\)$/m);
    const json = cli(['--root', fixture, '--json', '--external'], { CI: 'true', DOCS_CHECKS_CACHE_DIR: cache });
    const data = JSON.parse(json.stdout) as { ok: boolean; errors: LinkProblem[]; external: unknown[] };
    assert.equal(data.ok, false);
    assert.equal(data.errors.length, 9);
    assert.deepEqual(data.external, []);
    assert.match(json.stderr, /^::error file=fragments\/_shared\.mdx,line=3,col=5,title=broken-link::\/other\/pages/m);
  });
});

test('--files reports only the named files and the pages that compose them', () => {
  const result = cli(['--root', fixture, '--no-cache', '--json', '--files', path.join(fixture, 'docs/other/page.mdx')]);
  const files = [...new Set((JSON.parse(result.stdout) as { errors: LinkProblem[] }).errors.map((p) => p.file))];
  // The page itself, and the shared fragment it composes; not the guide's own faults.
  assert.deepEqual(files, ['docs/other/page.mdx', 'fragments/_shared.mdx']);
});

test('a second run on an unchanged tree comes from the cache; any change in a page is a miss', () => {
  withTempDir('links-cache-', (dir) => {
    const site = path.join(dir, 'site');
    cpSync(fixture, site, { recursive: true });
    const env = { DOCS_CHECKS_CACHE_DIR: path.join(dir, 'cache') };
    const first = cli(['--root', site], env);
    assert.doesNotMatch(first.stdout, /from the cache/);
    const second = cli(['--root', site], env);
    assert.match(second.stdout, /result from the cache/);
    assert.equal(second.status, 1, 'a cached failure still fails');
    assert.equal(second.stdout.split('\n(inputs unchanged')[0], first.stdout.trimEnd());
    writeFileSync(path.join(site, 'docs/guide/index.mdx'), `${'---\nslug: /guides/first\n---\n\n# First guide\n'}`);
    const third = cli(['--root', site], env);
    assert.doesNotMatch(third.stdout, /from the cache/);
    assert.doesNotMatch(third.stdout, /docs\/guide\/index\.mdx:15/);
  });
});

test('the real docs have no broken link or anchor, no duplicate id and no heading without an id', async () => {
  const result = checkLinks({ root: repo, site: await loadSiteFacts(repo), readFacts });
  assert.deepEqual(result.problems, [], formatText(toReport(result)));
  assert.ok(result.stats.pages >= 20 && result.stats.links > 100, JSON.stringify(result.stats));
});
