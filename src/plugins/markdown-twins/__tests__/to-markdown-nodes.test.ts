/**
 * The Markdown twin node by node, on small sites written to a temporary folder:
 * expressions and props, attributes of every kind, admonitions with and without
 * a title, text directives, headings, each kind of link, `<CodeBlock>`, tabs,
 * details, the gallery, imports, the added title; and every error names the
 * file and line and says what went wrong.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { assertNoJsx, codeSource, pageToMarkdown, pageToTree, TwinError, type TwinContext } from '../to-markdown.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'twin-nodes-'));
after(() => rmSync(temp, { recursive: true, force: true }));

let sites = 0;
/** Writes the files (path → text) of a new site and returns its folder. */
function site(files: Record<string, string>): string {
  const dir = path.join(temp, `site-${(sites += 1)}`);
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), value);
  }
  return dir;
}

function context(siteDir: string, overrides: Partial<TwinContext> = {}): TwinContext {
  return {
    siteDir,
    localizationDir: path.join(siteDir, 'i18n/en'),
    fragmentsDir: 'fragments',
    siteBase: 'https://docs.test',
    pageUrlOfSource: new Map([
      [path.join(siteDir, 'docs/other.mdx'), 'https://docs.test/other'],
      [path.join(siteDir, 'docs/a b.mdx'), 'https://docs.test/a-b'],
    ]),
    quickStarts: [],
    admonitionLabels: { note: 'Note', tip: 'Tip' },
    ...overrides,
  };
}

/** The twin of docs/page.mdx (with the given text) and any other files. */
function twin(page: string, files: Record<string, string> = {}, overrides: Partial<TwinContext> = {}): string {
  const dir = site({ 'docs/page.mdx': page, ...files });
  return pageToMarkdown(path.join(dir, 'docs/page.mdx'), 'https://docs.test/page', 'Page title', context(dir, overrides));
}

/** The message of the TwinError the twin of docs/page.mdx throws. */
function twinError(page: string, files: Record<string, string> = {}, overrides: Partial<TwinContext> = {}): string {
  try {
    twin(page, files, overrides);
  } catch (error) {
    assert.ok(error instanceof TwinError, `expected a TwinError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the twin was written without an error');
}

test('a page without a level-1 heading gets its title as one; a page with one keeps its own', () => {
  assert.equal(twin('Some text.\n'), '# Page title\n\nSome text.\n');
  assert.equal(twin('## A section\n\nText.\n'), '# Page title\n\n## A section\n\nText.\n');
  assert.equal(twin('# Own heading\n\nText.\n'), '# Own heading\n\nText.\n');
});

test('front matter, imports and comments leave nothing; a heading loses only its trailing id', () => {
  const markdown = twin(
    [
      '---',
      'title: X',
      '---',
      '',
      "import Tabs from '@theme/Tabs';",
      '',
      '# Heading \\{#heading}',
      '',
      '{/* a comment */}',
      '',
      '## Mid \\{#not-last} words',
      '',
      '## Code `x` \\{#code-x}',
      '',
      '## Tight\\{#tight}',
      '',
      '## Glued \\{#glued}s',
      '',
      '##',
      '',
    ].join('\n'),
  );
  assert.equal(markdown, '# Heading\n\n## Mid {#not-last} words\n\n## Code `x`\n\n## Tight\n\n## Glued {#glued}s\n\n##\n');
});

test('expressions render their value with the fragment props, and nothing for undefined, null or false', () => {
  const markdown = twin("import Part from './_part.mdx';\n\n<Part name=\"Ada\" count={3} flag off={false} nothing={null} />\n", {
    'docs/_part.mdx': [
      'Hello {props.name}, you have {props.count} messages.',
      '',
      '{`Block for ${props.name}`}',
      '',
      'Flag: {String(props.flag)}.',
      '',
      'Gone:{props.off}{props.nothing}{props.missing}.',
      '',
      '{props.off}',
      '',
    ].join('\n'),
  });
  assert.equal(markdown, '# Page title\n\nHello Ada, you have 3 messages.\n\nBlock for Ada\n\nFlag: true.\n\nGone:.\n');
});

test('spread attributes and expression attributes reach the fragment', () => {
  const markdown = twin("import Part from './_part.mdx';\n\n<Part {...{ a: 'one', b: 'two' }} c={'th' + 'ree'} />\n", {
    'docs/_part.mdx': '{props.a} {props.b} {props.c}\n',
  });
  assert.equal(markdown, '# Page title\n\none two three\n');
});

test('an expression that renders an element, or cannot be evaluated, fails with the file and line', () => {
  assert.equal(twinError('Text.\n\n{{ a: 1 }}\n'), 'docs/page.mdx:3: {{ a: 1 }} renders an element; the Markdown twin needs text.');
  const message = twinError("import Part from './_part.mdx';\n\n<Part />\n", { 'docs/_part.mdx': 'One.\n\nTwo {props.a.b}.\n' });
  assert.match(message, /^docs\/_part\.mdx:3: cannot evaluate \{props\.a\.b\} for the Markdown twin: .*undefined/);
});

test('admonitions become blockquotes naming their kind, with or without a title', () => {
  assert.equal(twin(':::note\n\nBody text.\n\n:::\n'), '# Page title\n\n> **Note**\n>\n> Body text.\n');
  assert.equal(twin(':::tip[A _good_ idea]\n\nBody.\n\nMore.\n\n:::\n'), '# Page title\n\n> **Tip**: A _good_ idea\n>\n> Body.\n>\n> More.\n');
  assert.equal(twinError('Text.\n\n:::danger\n\nBody.\n\n:::\n'), 'docs/page.mdx:3: unknown admonition ":::danger".');
});

test('a colon in prose, or a line starting with two (read as directives), stays text as written', () => {
  assert.equal(twin('Ratio 16:9 and a:b here.\n'), '# Page title\n\nRatio 16:9 and a:b here.\n');
  assert.equal(twin('Call a:b[c] now.\n\n::note\n'), '# Page title\n\nCall a:b\\[c] now.\n\n::note\n');
});

test('an empty admonition is its label alone', () => {
  assert.equal(twin(':::note\n:::\n'), '# Page title\n\n> **Note**\n');
});

test('Markdown is printed with dashes for bullets and rules and underscores for emphasis', () => {
  assert.equal(twin('* one\n* two\n\n***\n\n*soft* and __loud__\n'), '# Page title\n\n- one\n- two\n\n---\n\n_soft_ and **loud**\n');
});

test('a flow expression is a paragraph of its own, a text expression stays inside its paragraph', () => {
  const dir = site({ 'docs/page.mdx': "{'alone'}\n\nIn {'line'}.\n" });
  const tree = pageToTree(path.join(dir, 'docs/page.mdx'), 'https://docs.test/page', 'T', context(dir));
  assert.deepEqual(
    tree.children.map((node) => [node.type, 'children' in node ? node.children.map((child) => child.type) : []]),
    [
      ['heading', ['text']],
      ['paragraph', ['text']],
      ['paragraph', ['text', 'text', 'text']],
    ],
  );
});

test('links: other pages by file, anchors, site paths, downloads, other schemes, images and definitions', () => {
  const markdown = twin(
    [
      '[Other](./other.mdx) [Part](./other.mdx#part) [Spaced](./a%20b.mdx) [Here](#top) [Site](/concepts)',
      '[Zip](pathname:///downloads/x.zip) [Web](https://example.com/a) [Mail](mailto:a@b.test) [Asset](./file.txt)',
      '[Raw](https://example.com/readme.md) [Log](./changes.md.txt) [Step](./other.mdx#step:one)',
      '',
      "An expression in a link: [{'Expr'} docs](/x)",
      '',
      '![Diagram](/img/d.png) ![Local](./pic.png)',
      '',
      '[Ref][r]',
      '',
      '[r]: ./other.mdx#ref',
      '',
    ].join('\n'),
  );
  assert.equal(
    markdown,
    [
      '# Page title',
      '',
      '[Other](https://docs.test/other) [Part](https://docs.test/other#part) [Spaced](https://docs.test/a-b) [Here](https://docs.test/page#top) [Site](https://docs.test/concepts)',
      '[Zip](https://docs.test/downloads/x.zip) [Web](https://example.com/a) [Mail](mailto:a@b.test) [Asset](./file.txt)',
      '[Raw](https://example.com/readme.md) [Log](./changes.md.txt) [Step](https://docs.test/other#step:one)',
      '',
      'An expression in a link: [Expr docs](https://docs.test/x)',
      '',
      '![Diagram](https://docs.test/img/d.png) ![Local](./pic.png)',
      '',
      '[Ref][r]',
      '',
      '[r]: https://docs.test/other#ref',
      '',
    ].join('\n'),
  );
});

test('a link to a doc file that is no page fails naming the page and the file', () => {
  assert.equal(twinError('Text.\n\n[Gone](./gone.mdx#x)\n'), 'docs/page.mdx: the link ./gone.mdx#x points at no doc page (docs/gone.mdx).');
  assert.match(twinError('[Gone](../gone.md)\n'), /the link \.\.\/gone\.md points at no doc page \(gone\.md\)\.$/);
});

test('an anchor in a fragment points at the page that shows it', () => {
  const markdown = twin("import Part from '@fragments/_part.mdx';\n\n<Part />\n", { 'fragments/_part.mdx': 'See [below](#below).\n' });
  assert.equal(markdown, '# Page title\n\nSee [below](https://docs.test/page#below).\n');
});

test('<CodeBlock> becomes a fence with its language, title and text, from literals or expressions', () => {
  const markdown = twin(
    [
      "import CodeBlock from '@theme/CodeBlock';",
      "import Part from './_part.mdx';",
      '',
      '<CodeBlock language="ts" title="app/a.ts">{`export const a = 1;\n`}</CodeBlock>',
      '',
      '<CodeBlock>plain text</CodeBlock>',
      '',
      '<CodeBlock language="bash">',
      '  echo hi',
      '</CodeBlock>',
      '',
      '<Part pkg="@scope/x" />',
      '',
      '<CodeBlock language="ts">',
      '{`const flow = 1;`}',
      '</CodeBlock>',
      '',
      '<CodeBlock>{`one\ntwo\n`}</CodeBlock>',
      '',
      '<CodeBlock>',
      '  a *b* c',
      '</CodeBlock>',
      '',
    ].join('\n'),
    { 'docs/_part.mdx': "import CodeBlock from '@theme/CodeBlock';\n\n<CodeBlock language={'ba' + 'sh'} title={props.title}>{`npm i ${props.pkg}`}</CodeBlock>\n" },
  );
  assert.equal(
    markdown,
    ['# Page title', '', '```ts title="app/a.ts"', 'export const a = 1;', '```', '', '```', 'plain text', '```', '', '```bash', 'echo hi', '```', '', '```bash', 'npm i @scope/x', '```', '', '```ts', 'const flow = 1;', '```', '', '```', 'one', 'two', '```', '', '```', 'a b c', '```', ''].join('\n'),
  );
});

test('a <CodeBlock> inside a line of prose is a fence there too (the page shows a block), its code the value of the expression', () => {
  const page = "import CodeBlock from '@theme/CodeBlock';\n\nRun <CodeBlock language=\"bash\">{`npm ${'test'}`}</CodeBlock> now.\n";
  assert.equal(twin(page), '# Page title\n\nRun ```bash\nnpm test\n``` now.\n');
});

test('each code block remembers the file it was written in', () => {
  const dir = site({
    'docs/page.mdx': "import Part from '@fragments/_part.mdx';\n\n```ts\nexport const a = 1;\n```\n\n<Part />\n",
    'fragments/_part.mdx': "import CodeBlock from '@theme/CodeBlock';\n\n```bash\necho part\n```\n\n<CodeBlock language=\"ts\">{`const b = 2;\n`}</CodeBlock>\n\n<CodeBlock>{`no language`}</CodeBlock>\n",
  });
  const tree = pageToTree(path.join(dir, 'docs/page.mdx'), 'https://docs.test/page', 'Page', context(dir));
  const sources: Array<[string, string | null | undefined, string | undefined]> = [];
  visit(tree, 'code', (code: Code) => {
    sources.push([code.value, code.lang, codeSource(code)]);
  });
  assert.deepEqual(sources, [
    ['export const a = 1;', 'ts', path.join(dir, 'docs/page.mdx')],
    ['echo part', 'bash', path.join(dir, 'fragments/_part.mdx')],
    ['const b = 2;', 'ts', path.join(dir, 'fragments/_part.mdx')],
    ['no language', null, path.join(dir, 'fragments/_part.mdx')],
  ]);
  assert.equal(codeSource({ type: 'code', value: '' }), undefined);
});

test('tabs are labelled sections (the value when there is no label), details keep their summary', () => {
  const markdown = twin(
    [
      "import Tabs from '@theme/Tabs';",
      "import TabItem from '@theme/TabItem';",
      '',
      '<Tabs>',
      '  <TabItem value="npm" label="npm">',
      '    Run npm.',
      '  </TabItem>',
      '  <TabItem value="pnpm">',
      '    Run pnpm.',
      '  </TabItem>',
      '</Tabs>',
      '',
      '<details>',
      '  <summary>Why <em>so</em> `x`?</summary>',
      '',
      '  Because.',
      '</details>',
      '',
    ].join('\n'),
  );
  assert.equal(markdown, '# Page title\n\n**npm**\n\nRun npm.\n\n**pnpm**\n\nRun pnpm.\n\n**Why so x?**\n\nBecause.\n');
});

test('<QuickStartGallery /> lists the guides; <FragmentProps> leaves nothing', () => {
  const quickStarts = [
    { label: 'Next.js', url: 'https://docs.test/next', description: 'Pages Router' },
    { label: 'App', url: 'https://docs.test/app', description: 'App Router' },
  ];
  const markdown = twin('<QuickStartGallery />\n\n<FragmentProps names={["a"]} />\n\nAfter.\n', {}, { quickStarts });
  assert.equal(markdown, '# Page title\n\n- [Next.js](https://docs.test/next): Pages Router\n- [App](https://docs.test/app): App Router\n\nAfter.\n');
});

test('a shared fragment prefers the locale translation and falls back to English per file', () => {
  const files = {
    'docs/page.mdx': "import A from '@fragments/_a.mdx';\nimport B from '@fragments/_b.mdx';\n\n<A />\n\n<B />\n",
    'fragments/_a.mdx': 'English A.\n',
    'fragments/_b.mdx': 'English B.\n',
    'i18n/zh-CN/fragments/_a.mdx': '中文 A。\n',
  };
  const dir = site(files);
  const zh = context(dir, { localizationDir: path.join(dir, 'i18n/zh-CN'), siteBase: 'https://docs.test/zh-CN' });
  assert.equal(pageToMarkdown(path.join(dir, 'docs/page.mdx'), 'https://docs.test/zh-CN/page', 'T', zh), '# T\n\n中文 A。\n\nEnglish B.\n');
  assert.equal(pageToMarkdown(path.join(dir, 'docs/page.mdx'), 'https://docs.test/page', 'T', context(dir)), '# T\n\nEnglish A.\n\nEnglish B.\n');
});

test('a Markdown import of a missing file fails naming the importer, its line and the file expected', () => {
  assert.equal(
    twinError("Text.\n\nimport Gone from './_gone.mdx';\n\n<Gone />\n"),
    'docs/page.mdx:3: cannot inline "./_gone.mdx": docs/_gone.mdx does not exist.',
  );
  assert.equal(
    twinError("import Gone from '@fragments/_gone.mdx';\n\n<Gone />\n"),
    'docs/page.mdx:1: cannot inline "@fragments/_gone.mdx": fragments/_gone.mdx does not exist.',
  );
});

test('fragments that import each other fail once they nest too deep, naming the loop', () => {
  const message = twinError("import A from './_a.mdx';\n\n<A />\n", {
    'docs/_a.mdx': "import B from './_b.mdx';\n\nA.\n\n<B />\n",
    'docs/_b.mdx': "import A from './_a.mdx';\n\nB.\n\n<A />\n",
  });
  assert.match(message, /^docs\/_[ab]\.mdx:5: fragments import each other in a loop \(through [AB]\)\.$/);
});

test('a fragment nested twenty-one deep (the page and twenty fragments above it) is still written', () => {
  const files: Record<string, string> = {};
  for (let level = 1; level <= 21; level += 1) {
    files[`docs/_f${level}.mdx`] = level === 21 ? 'Deepest.\n' : `import F from './_f${level + 1}.mdx';\n\n<F />\n`;
  }
  assert.equal(twin("import F from './_f1.mdx';\n\n<F />\n", files), '# Page title\n\nDeepest.\n');
});

test('an unknown element fails naming it, the file and line, and what to do', () => {
  assert.equal(
    twinError('# T\n\nText with <Badge /> inline.\n'),
    'docs/page.mdx:3: <Badge> has no Markdown rendering. Teach src/plugins/markdown-twins/to-markdown.ts how to write it, or use Markdown instead.',
  );
  assert.match(twinError('<>fragment</>\n'), /^docs\/page\.mdx:1: <> has no Markdown rendering/);
});

test('an export from a fragment is no component of the page', () => {
  assert.match(twinError("export { Part } from './_part.mdx';\n\nexport const meta = 1;\n\n<Part />\n", { 'docs/_part.mdx': 'Part.\n' }), /^docs\/page\.mdx:5: <Part> has no Markdown rendering/);
});

test('an import of a local component is no fragment: it fails as an element with no Markdown rendering', () => {
  assert.match(twinError("import Badge from './Badge.tsx';\n\n<Badge />\n", { 'docs/Badge.tsx': 'export default function Badge() { return null; }\n' }), /^docs\/page\.mdx:3: <Badge> has no Markdown rendering/);
  // Named without its extension, as the site imports its components (`@site/src/components/QuickStartGallery`): no .md or .mdx file is looked for.
  assert.match(twinError("import Badge from '@site/src/components/Badge';\n\n<Badge />\n", { 'src/components/Badge/index.tsx': 'export default function Badge() { return null; }\n' }), /^docs\/page\.mdx:3: <Badge> has no Markdown rendering/);
  assert.equal(twin("import QuickStartGallery from '@site/src/components/QuickStartGallery';\n\n<QuickStartGallery />\n"), '# Page title\n\n');
});

test('a bad hidden= annotation in a fragment stops the twin naming the fragment and the line', () => {
  const dir = site({ 'docs/page.mdx': "import Part from './_part.mdx';\n\n<Part />\n", 'docs/_part.mdx': 'Text.\n\n```ts hidden="9"\nconst a = 1;\n```\n' });
  assert.throws(
    () => pageToMarkdown(path.join(dir, 'docs/page.mdx'), 'https://docs.test/page', 'T', context(dir)),
    (error: { file?: string; line?: number; message: string }) => error.file === path.join(dir, 'docs/_part.mdx') && error.line === 3 && /hidden/.test(error.message),
  );
});

test('the last guard names the file and line of any JSX or expression node left in the tree, however deep', () => {
  const dir = site({});
  const file = path.join(dir, 'docs/page.mdx');
  const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });
  const clean: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }, { type: 'thematicBreak' }] };
  assert.doesNotThrow(() => assertNoJsx(clean, file, context(dir)));
  const deep: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'x' }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'mdxTextExpression', value: 'a', position: at(7) }] }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'y' }] },
    ],
  };
  assert.throws(() => assertNoJsx(deep, file, context(dir)), (error: unknown) => error instanceof TwinError && error.message === 'docs/page.mdx:7: mdxTextExpression left in the Markdown twin.');
  const first: Root = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'X', attributes: [], children: [] }] };
  assert.throws(() => assertNoJsx(first, file, context(dir)), (error: unknown) => error instanceof TwinError && /^docs\/page\.mdx:1: mdxJsxFlowElement left/.test(error.message));
});
