// check:links, one case at a time, on small sites written for each test: every kind of link it resolves
// (file paths, @site paths, relative routes, baseUrl, locale prefixes, trailing slashes, static files, pages
// routes, search), what it skips, and the exact message of each problem, so a changed rule or message fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, routeOf, type LinksResult } from './check.ts';
import { readFacts } from './facts.ts';
import { formatJson, formatText, summaryLine, toReport } from './report.ts';
import { siteFactsOf, type LooseConfig } from '../site/config.ts';
import { withTempDir, writeFiles } from '../snippets/testing.ts';

const docsAtRoot: LooseConfig = { i18n: { defaultLocale: 'en', locales: ['en'] }, presets: [['classic', { docs: { routeBasePath: '/' } }]] };

/** Writes `files` into a new folder and runs check:links on it with the given config (the result holds every text it needs). */
function check(files: Record<string, string>, config: LooseConfig = docsAtRoot): LinksResult {
  return withTempDir('links-cases-', (root) => {
    writeFiles(root, files);
    return checkLinks({ root, site: siteFactsOf(config), readFacts });
  });
}

/** `file:line:col code: message` of every problem. */
const lines = (result: LinksResult): string[] => result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}: ${p.message}`);

test('a file path that does not exist says where it was looked for; a Markdown file that is no page says why', () => {
  const result = check({
    'docs/guide/index.mdx': '# Guide\n\n[a](./missing.mdx) [b](@site/docs/none.md) [c](./_part.mdx) [d](../other.mdx) [e](@site/docs/other.mdx#top)\n',
    'docs/guide/_part.mdx': 'Part.\n',
    'docs/other.mdx': '# Other\n\n## Top \\{#top}\n',
  });
  assert.deepEqual(lines(result), [
    'docs/guide/index.mdx:3:1 broken-link: ./missing.mdx (no file docs/guide/missing.mdx; the path is relative to docs/guide/index.mdx)',
    'docs/guide/index.mdx:3:20 broken-link: @site/docs/none.md (no file docs/none.md; the path is relative to the site folder)',
    'docs/guide/index.mdx:3:44 broken-link: ./_part.mdx (docs/guide/_part.mdx is not a page: it has no route, only pages under docs/ whose names do not start with _ do)',
  ]);
});

test('a link by file path to a Markdown file outside the docs folder is no page', () => {
  const result = check({ 'docs/index.mdx': '# Home\n\n[notes](@site/notes/readme.md)\n', 'notes/readme.md': '# Notes\n' });
  assert.deepEqual(lines(result), [
    'docs/index.mdx:3:1 broken-link: @site/notes/readme.md (notes/readme.md is not a page: it has no route, only pages under docs/ whose names do not start with _ do)',
  ]);
});

test('a file path to something other than Markdown only has to exist', () => {
  const result = check({ 'docs/index.mdx': '# Home\n\n[data](@site/static/data.json) [gone](@site/static/gone.json)\n', 'static/data.json': '{}\n' });
  assert.deepEqual(lines(result), ['docs/index.mdx:3:32 broken-link: @site/static/gone.json (no file static/gone.json; the path is relative to the site folder)']);
});

test('routes resolve relative to the page, with a query, a trailing slash, the baseUrl and the locale prefix', () => {
  const config: LooseConfig = { baseUrl: '/base/', i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }, presets: [['classic', { docs: { routeBasePath: '/' } }]] };
  const result = check(
    {
      'docs/a/one.mdx': '# One\n\n[two](two) [up](../b) [q](/a/two?tab=1#end) [slash](/a/two/) [base](/base/b) [root](/)\n',
      'docs/a/two.mdx': '# Two\n\n## End \\{#end}\n',
      'docs/b.mdx': '# B\n',
      'docs/index.mdx': '# Home\n',
      'i18n/fr/docusaurus-plugin-content-docs/current/b.mdx': '# B\n\n[fr](/fr/a/two) [fr home](/fr) [base fr](/base/fr/b) [en only](/a/one)\n',
    },
    config,
  );
  assert.deepEqual(lines(result), []);
  // The English file is the page of a locale without its translation; a route of English alone is broken in fr.
  const broken = check({ 'docs/index.mdx': '# Home\n', 'i18n/fr/docusaurus-plugin-content-docs/current/index.mdx': '# Accueil\n\n[x](/fr/nope)\n' }, config);
  assert.deepEqual(lines(broken), ['i18n/fr/docusaurus-plugin-content-docs/current/index.mdx:3:1 broken-link: /fr/nope (no page has this route in fr)']);
});

test('mailto, tel, javascript, data and pathname links are skipped; external links are listed once per file, line and URL, in order', () => {
  const result = check({
    'docs/index.mdx': [
      '# Home',
      '',
      '[m](mailto:a@b.c) [t](tel:123) [j](javascript:void(0)) [d](data:text/plain,x) [p](pathname:///file.pdf) [empty]( )',
      '',
      '[x](https://example.com/x) [x again](https://example.com/x) [cdn](//cdn.example.com/a.js) [ftp](FTP://example.com)',
      '',
      '[x](https://example.com/x)',
    ].join('\n'),
    'docs/a.mdx': '# A\n\n[y](https://example.com/y)\n\n[x](https://example.com/x) <a href=" https://example.com/spaced ">s</a>\n',
  });
  assert.deepEqual(lines(result), []);
  assert.deepEqual(
    result.external.map((link) => `${link.file}:${link.line}:${link.column} ${link.url}`),
    [
      'docs/a.mdx:3:1 https://example.com/y',
      'docs/a.mdx:5:1 https://example.com/x',
      'docs/a.mdx:5:28 https://example.com/spaced',
      'docs/index.mdx:5:1 https://example.com/x',
      'docs/index.mdx:5:61 //cdn.example.com/a.js',
      'docs/index.mdx:5:91 FTP://example.com',
      'docs/index.mdx:7:1 https://example.com/x',
    ],
  );
  assert.deepEqual(result.stats.links, 14);
  assert.deepEqual([result.stats.files, result.stats.pages], [2, 2]);
});

test('static files, pages routes and the search page are routes; a near miss gets a suggestion, a far one none', () => {
  const files = {
    'docs/intro.mdx': '# Intro\n\n[logo](/img/logo.svg) [about](/about) [team](/company/team) [company](/company) [search](/search)\n\n[far](/zzzzzzzzzzzzzzzz) [near](/intro-x)\n',
    'static/img/logo.svg': '<svg/>',
    'src/pages/about.tsx': 'export default () => null;\n',
    'src/pages/company/index.tsx': 'export default () => null;\n',
    'src/pages/company/team.mdx': '# Team\n',
    'src/pages/_hidden.tsx': 'export default () => null;\n',
    'src/pages/styles.module.css': '.a {}\n',
    'src/pages/about.test.ts': '\n',
    'src/pages/types.d.ts': '\n',
    'src/pages/.draft.tsx': '\n',
  };
  const withSearch = check(files, { ...docsAtRoot, themes: ['@easyops-cn/docusaurus-search-local'] });
  assert.deepEqual(lines(withSearch), [
    'docs/intro.mdx:5:1 broken-link: /zzzzzzzzzzzzzzzz (no page has this route)',
    'docs/intro.mdx:5:26 broken-link: /intro-x (no page has this route; did you mean /intro?)',
  ]);
  const withoutSearch = check({ ...files, 'docs/intro.mdx': '# Intro\n\n[search](/search) [hidden](/_hidden) [css](/styles.module) [test](/about.test) [types](/types.d) [draft](/.draft)\n' });
  // Without the search theme /search is no route; files that are not pages under src/pages give no route.
  assert.deepEqual(
    withoutSearch.problems.map((problem) => problem.message.replace(/ \(no page has this route.*\)$/, '')),
    ['/search', '/_hidden', '/styles.module', '/about.test', '/types.d', '/.draft'],
  );
});

test('an anchor on another page names the page and the file it is built from, with or without a suggestion; ids are decoded', () => {
  const result = check({
    'docs/index.mdx': '# Home\n\n[a](/other#detail) [b](/other#qqqqqqqqqqqq) [c](/other#%E5%AE%89%E8%A3%85) [d](/other#) [e](#)\n',
    'docs/other.mdx': '# Other\n\n## Details \\{#details}\n\n## 安装 \\{#安装}\n',
  });
  assert.deepEqual(lines(result), [
    'docs/index.mdx:3:1 broken-anchor: /other#detail (no heading or element has the id "detail" on /other, built from docs/other.mdx; did you mean #details?)',
    'docs/index.mdx:3:20 broken-anchor: /other#qqqqqqqqqqqq (no heading or element has the id "qqqqqqqqqqqq" on /other, built from docs/other.mdx)',
  ]);
});

test('headings without an explicit id are reported below the title only, with the id to add; unparsable files once each', () => {
  const result = check({
    'docs/index.mdx': '# Title without id\n\n### Deep heading\n\n## Fine \\{#fine}\n',
    'docs/broken.mdx': '# Broken\n\n<Unclosed>\n',
  });
  assert.deepEqual(lines(result).map((line) => line.replace(/: Expected a closing tag.*\(the site/, ': … (the site')), [
    'docs/broken.mdx:3:1 parse: … (the site cannot build this file either)',
    'docs/index.mdx:3:1 heading-id: heading "Deep heading" has no explicit id; add one, the same in every locale: ### Deep heading \\{#deep-heading}',
  ]);
  assert.equal(result.problems[1]!.pages, undefined, 'a heading problem belongs to its file, not to pages');
});

test('a duplicate id names the first place; a problem of a file on two pages is one problem that lists both', () => {
  const result = check({
    'docs/a.mdx': "import Shared from './_shared.mdx';\n\n# A\n\n## Setup \\{#setup}\n\n<Shared />\n",
    'docs/b.mdx': "import Shared from './_shared.mdx';\n\n# B\n\n<Shared />\n",
    'docs/_shared.mdx': '<div id="setup">Box</div>\n\n[x](/nowhere-at-all-really)\n',
  });
  assert.deepEqual(lines(result), [
    'docs/_shared.mdx:1:1 duplicate-id: "setup" is also the id of docs/a.mdx:5, and both end up on one page; a link can only reach the first one, so rename one of them',
    'docs/_shared.mdx:3:1 broken-link: /nowhere-at-all-really (no page has this route)',
  ]);
  assert.deepEqual(result.problems[0]!.pages, [{ route: '/a', file: 'docs/a.mdx' }]);
  assert.deepEqual(result.problems[1]!.pages, [
    { route: '/a', file: 'docs/a.mdx' },
    { route: '/b', file: 'docs/b.mdx' },
  ]);
  assert.deepEqual([...result.composedInto.get('docs/_shared.mdx')!].sort(), ['docs/a.mdx', 'docs/b.mdx']);
});

test('fragments that import each other are composed once, and their ids reach the page', () => {
  const result = check({
    'docs/index.mdx': "import One from './_one.mdx';\n\n# Home\n\n<One />\n\n[two](#two)\n",
    'docs/_one.mdx': "import Two from './_two.mdx';\n\n## One \\{#one}\n\n<Two />\n",
    'docs/_two.mdx': "import One from './_one.mdx';\n\n## Two \\{#two}\n\n<One />\n",
  });
  assert.deepEqual(lines(result), []);
});

test('a route comes from the slug (absolute or relative), the file name, an index or readme, or a file named as its folder', () => {
  const site = siteFactsOf({ presets: [['classic', { docs: { routeBasePath: '/docs/' } }]] });
  assert.equal(routeOf(site, 'guide/setup.mdx', {}), '/docs/guide/setup');
  assert.equal(routeOf(site, 'guide/index.mdx', {}), '/docs/guide');
  assert.equal(routeOf(site, 'guide/README.md', {}), '/docs/guide');
  assert.equal(routeOf(site, 'guide/guide.mdx', {}), '/docs/guide');
  assert.equal(routeOf(site, 'index.mdx', {}), '/docs');
  assert.equal(routeOf(site, 'guide/setup.mdx', { slug: 'start/' }), '/docs/guide/start');
  assert.equal(routeOf(site, 'guide/setup.mdx', { slug: '/start' }), '/docs/start');
  assert.equal(routeOf(site, 'setup.md', { slug: 7 }), '/docs/setup');
  const atRoot = siteFactsOf(docsAtRoot);
  assert.equal(routeOf(atRoot, 'index.mdx', {}), '/');
  assert.equal(routeOf(atRoot, 'a.mdx', { slug: '/' }), '/');
});

test('links come from Markdown links, images and definitions, JSX href, to and img src, in the text and inside expressions', () => {
  const facts = readFacts(
    'docs/page.mdx',
    [
      "import Shared from '@fragments/_shared.mdx';",
      "import Local from './_local.md';",
      "import Tabs from '@theme/Tabs';",
      '',
      '# Page',
      '',
      '[a](/a) ![b](/b.png) [c][ref]',
      '',
      '[ref]: /c',
      '',
      '<a href="/d" id="box">d</a> <Link to="/e">e</Link> <img src="/f.png" /> <video src="/g.mp4" />',
      '',
      '{<span id="inner"><a href="/h">h</a><Link to="/i" /></span>}',
      '',
      '<Tabs><Local /></Tabs>',
      '',
      '{cond && <Shared />}',
    ].join('\n'),
  );
  assert.deepEqual(
    facts.links.map((link) => `${link.line}:${link.column} ${link.kind} ${link.url}`),
    ['7:1 link /a', '7:9 image /b.png', '9:1 link /c', '11:1 link /d', '11:29 link /e', '11:52 link /f.png', '13:27 link /h', '13:46 link /i'],
  );
  assert.deepEqual(
    facts.jsxIds.map((jsx) => `${jsx.line}:${jsx.column} ${jsx.id}`),
    ['11:1 box', '13:11 inner'],
  );
  assert.deepEqual(facts.renders.sort(), ['./_local.md', '@fragments/_shared.mdx']);
  assert.deepEqual(
    facts.headings.map((heading) => `${heading.depth} ${heading.id} ${heading.explicit}`),
    ['1 page false'],
  );
});

test('front matter, slugged heading ids and a parse error come with their places', () => {
  const facts = readFacts('docs/page.mdx', '---\nslug: /start\ntitle: Start\n---\n\n# Start here\n\n## Start here\n\n## Custom \\{#own}\n');
  assert.deepEqual(facts.frontMatter, { slug: '/start', title: 'Start' });
  assert.deepEqual(
    facts.headings.map((heading) => `${heading.line}:${heading.column} ${heading.depth} ${heading.id} ${heading.explicit} ${heading.text}`),
    ['6:1 1 start-here false Start here', '8:1 2 start-here-1 false Start here', '10:1 2 own true Custom'],
  );
  const broken = readFacts('docs/bad.mdx', '# Bad\n\n<Unclosed>\n');
  assert.equal(broken.parseError?.line, 3);
  assert.match(broken.parseError!.message, /Unclosed/);
  assert.deepEqual([broken.headings, broken.links], [[], []]);
});

test('the report lists the pages of a fragment or a duplicate, never of a page\'s own problem; the summary counts; JSON lists external links only when asked', () => {
  const result = check({
    'docs/a.mdx': "import Shared from './_shared.mdx';\n\n# A\n\n## Setup \\{#setup}\n\n[own](/own-broken-route-here)\n\n<Shared />\n",
    'docs/_shared.mdx': '<div id="setup">Box</div>\n\n[x](https://example.com/x)\n',
  });
  const report = toReport(result);
  const text = formatText(report, { external: true });
  assert.equal(
    text,
    [
      'docs/_shared.mdx:1:1 duplicate-id: "setup" is also the id of docs/a.mdx:5, and both end up on one page; a link can only reach the first one, so rename one of them',
      '  on /a (docs/a.mdx)',
      '  > 1 | <div id="setup">Box</div>',
      '      | ^',
      '    2 | ',
      '',
      'docs/a.mdx:7:1 broken-link: /own-broken-route-here (no page has this route)',
      '    5 | ## Setup \\{#setup}',
      '    6 | ',
      '  > 7 | [own](/own-broken-route-here)',
      '      | ^',
      '    8 | ',
      '',
      'External links (listed, never fetched): 1',
      '  docs/_shared.mdx:3:1 https://example.com/x',
      '2 errors in 2 links of 2 files (1 pages in all locales, 1 external links not fetched; --external lists them).',
    ].join('\n'),
  );
  assert.doesNotMatch(formatText(report), /External links/);
  const one = toReport(result, (problem) => problem.code === 'broken-link');
  assert.match(summaryLine(one), /^1 error in 2 links/);
  assert.match(summaryLine(toReport(result, () => false)), /^No errors in 2 links/);
  const data = JSON.parse(formatJson(one, { external: false })) as Record<string, unknown>;
  assert.deepEqual(Object.keys(data), ['ok', 'errors', 'stats']);
  assert.equal(data.ok, false);
  assert.match((data.errors as Array<{ frame: string }>)[0]!.frame, /> 7 \| \[own\]/);
  const withExternal = JSON.parse(formatJson(toReport(result, () => false), { external: true })) as { ok: boolean; external: unknown[] };
  assert.equal(withExternal.ok, true);
  assert.equal(withExternal.external.length, 1);
});

test('a scheme or // counts only at the start of a URL; an absolute path ending in .mdx is a route; file links work from a translation', () => {
  const config: LooseConfig = { i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'] }, presets: [['classic', { docs: { routeBasePath: '/' } }]] };
  const zh = 'i18n/zh-CN/docusaurus-plugin-content-docs/current';
  const result = check(
    {
      'docs/index.mdx': '# Home\n\n[tel](/tel:555) [slashes](/none//x) [abs](/other.mdx) <a href=" /other ">spaced</a>\n',
      'docs/other.mdx': '# Other\n\n## Top \\{#top}\n',
      [`${zh}/index.mdx`]: '# 首页\n\n[文件](./other.mdx#top)\n',
      [`${zh}/other.mdx`]: '# 其他\n\n## 顶部 \\{#top}\n',
    },
    config,
  );
  assert.deepEqual(lines(result), [
    'docs/index.mdx:3:1 broken-link: /tel:555 (no page has this route)',
    'docs/index.mdx:3:17 broken-link: /none//x (no page has this route)',
    'docs/index.mdx:3:37 broken-link: /other.mdx (no page has this route; did you mean /other?)',
  ]);
  assert.deepEqual(result.external, []);
});

test('a relative route with a trailing slash, a route with two, a static file in the second static folder, an anchor missing on the page itself', () => {
  const result = check(
    {
      'docs/a/one.mdx': '# One\n\n[rel](two/) [double](/a/two//) [pdf](/files/guide.pdf) [here](#nope) [here too](#one)\n',
      'docs/a/two.mdx': '# Two\n',
      'public/files/guide.pdf': 'pdf',
      'static/.keep': '',
    },
    { ...docsAtRoot, staticDirectories: ['static', 'public'] },
  );
  assert.deepEqual(lines(result), ['docs/a/one.mdx:3:56 broken-anchor: #nope (no heading or element on the page has the id "nope"; did you mean #one?)']);
});

test('a page that renders a fragment that does not exist still has its other links checked', () => {
  const result = check({ 'docs/index.mdx': "import Gone from './_gone.mdx';\n\n# Home\n\n<Gone />\n\n[x](/no-such-route-anywhere)\n" });
  assert.deepEqual(lines(result), ['docs/index.mdx:7:1 broken-link: /no-such-route-anywhere (no page has this route)']);
});

test('a Markdown file that no page renders is still checked for headings without an id, in docs and in fragments', () => {
  const result = check({ 'docs/index.mdx': '# Home\n', 'docs/_orphan.mdx': '## Lonely\n', 'fragments/_unused.mdx': '## Unused\n' });
  assert.deepEqual(
    result.problems.map((p) => `${p.file}:${p.line} ${p.code}`),
    ['docs/_orphan.mdx:1 heading-id', 'fragments/_unused.mdx:1 heading-id'],
  );
});

test('links are listed by file, line and column, whatever order the parser finds them in; two ids on one line are two problems', () => {
  const result = check({
    'docs/a.mdx': [
      "import Z from './_z.mdx';",
      '',
      '# A',
      '',
      '## One \\{#one}',
      '',
      '## Two \\{#two}',
      '',
      '{<a href="https://example.com/e">e</a>}',
      '',
      '[m](https://example.com/m) {<a href="https://example.com/f">f</a>} [n](https://example.com/n) {<a href="/bad-two">b</a>} [b](/bad-one)',
      '',
      '<span id="one" /> <span id="two" />',
      '',
      '<Z />',
    ].join('\n'),
    'docs/_z.mdx': '[z](https://example.com/z)\n',
  });
  assert.deepEqual(
    result.external.map((link) => `${link.file}:${link.line}:${link.column} ${link.url}`),
    ['docs/_z.mdx:1:1 https://example.com/z', 'docs/a.mdx:9:10 https://example.com/e', 'docs/a.mdx:11:1 https://example.com/m', 'docs/a.mdx:11:37 https://example.com/f', 'docs/a.mdx:11:68 https://example.com/n'],
  );
  assert.deepEqual(
    result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`),
    ['docs/a.mdx:11:104 broken-link', 'docs/a.mdx:11:122 broken-link', 'docs/a.mdx:13:1 duplicate-id', 'docs/a.mdx:13:19 duplicate-id'],
  );
});

test('a fragment rendered twice into one page lists that page once; a page file rendered into another lists both pages', () => {
  const result = check({
    'docs/a.mdx': "import S1 from './_s.mdx';\nimport S2 from './_s.mdx';\n\n# A\n\n<S1 />\n\n<S2 />\n",
    'docs/_s.mdx': '[x](/gone-for-good-route)\n',
    'docs/b.mdx': '# B\n\n[y](/b-broken-route-here)\n',
    'docs/c.mdx': "import B from './b.mdx';\n\n# C\n\n<B />\n",
  });
  assert.deepEqual(result.problems.find((p) => p.file === 'docs/_s.mdx')!.pages, [{ route: '/a', file: 'docs/a.mdx' }]);
  const inB = result.problems.find((p) => p.file === 'docs/b.mdx')!;
  assert.deepEqual(inB.pages, [
    { route: '/b', file: 'docs/b.mdx' },
    { route: '/c', file: 'docs/c.mdx' },
  ]);
  assert.match(formatText(toReport(result)), /docs\/b\.mdx:3:1 broken-link: [^\n]*\n {2}on \/b \(docs\/b\.mdx\), \/c \(docs\/c\.mdx\)/);
});

test('the report of a heading problem lists no pages; the run time is measured from the start of the run', () => {
  const before = performance.now();
  const result = check({ 'docs/index.mdx': '# Home\n\n## Lonely\n' });
  const elapsed = performance.now() - before;
  assert.ok(result.stats.totalMs >= 0 && result.stats.totalMs <= elapsed, `${result.stats.totalMs} ms in a run of ${elapsed} ms`);
  const text = formatText(toReport(result));
  assert.equal(text.split('\n')[0], 'docs/index.mdx:3:1 heading-id: heading "Lonely" has no explicit id; add one, the same in every locale: ## Lonely \\{#lonely}');
  assert.doesNotMatch(text, /\n {2}on /);
});

test('JSX links: only string values count, and of an img only its src', () => {
  const facts = readFacts(
    'docs/page.mdx',
    '# Page\n\n<a href={target} {...rest} id="kept">x</a> <img alt="/not-a-link" src="/pic.png" />\n\n{<Link to={target} {...rest} href="/lit" id="also" />}\n',
  );
  assert.deepEqual(
    facts.links.map((link) => `${link.line}:${link.column} ${link.url}`),
    ['3:44 /pic.png', '5:35 /lit'],
  );
  assert.deepEqual(
    facts.jsxIds.map((jsx) => jsx.id),
    ['kept', 'also'],
  );
});

test('more routes: a name ending in .md before .mdx, names that only contain index or readme, pages routes with dots', () => {
  const site = siteFactsOf({ presets: [['classic', { docs: { routeBasePath: '/docs/' } }]] });
  assert.equal(routeOf(site, 'notes.md.mdx', {}), '/docs/notes.md');
  assert.equal(routeOf(site, 'guide/myindex.mdx', {}), '/docs/guide/myindex');
  assert.equal(routeOf(site, 'guide/readme-first.mdx', {}), '/docs/guide/readme-first');
  const result = check({
    'docs/index.mdx': '# Home\n\n[v](/v1.2) [d](/types.d) [bak](/about)\n',
    'src/pages/v1.2.tsx': 'export default () => null;\n',
    'src/pages/types.d.tsx': 'export default () => null;\n',
    'src/pages/about.tsx.bak': 'old\n',
  });
  assert.deepEqual(lines(result).map((line) => line.replace(/ \(.*/, '')), ['docs/index.mdx:3:26 broken-link: /about']);
});

test('a duplicate id inside one page lists that page in the report, although the problem is in the page itself', () => {
  const result = check({ 'docs/a.mdx': '# A\n\n## Setup \\{#setup}\n\n## Setup again \\{#setup}\n' });
  assert.match(formatText(toReport(result)), /^docs\/a\.mdx:5:1 duplicate-id: "setup" is also the id of docs\/a\.mdx:3[^\n]*\n {2}on \/a \(docs\/a\.mdx\)\n/);
});
