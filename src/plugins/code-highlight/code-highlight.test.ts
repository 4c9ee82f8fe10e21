/**
 * The build-time highlighter: the HTML a fenced block renders to, a computed
 * JSX <CodeBlock> highlighted with its values filled in at render time, magic
 * comments turned into line ranges, errors for unbalanced ones, and token
 * colours that meet WCAG AA in both Prism themes. Through
 * remark().use(mdx).use(plugin), then runs.ts as the theme renders it.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import remarkHighlightCode from './remark.ts';
import { renderRuns } from './runs.ts';
import { prismSettings, tokenizeLines } from './prism.ts';
import { Prism } from 'prism-react-renderer';
import { codeThemeCss, contrast } from './theme-css.ts';

const fence = '```';

function transform(markdown: string): { tree: Root; file: VFile } {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHighlightCode);
  const file = new VFile({ path: 'docs/page.mdx', value: markdown });
  return { tree: processor.runSync(processor.parse(markdown), file) as Root, file };
}

function run(markdown: string): Code[] {
  return transform(markdown).tree.children.filter((node): node is Code => node.type === 'code');
}

/** The block's HTML as src/theme/CodeBlock/Content renders it from the runs. */
const highlighted = (block: Code | undefined) => {
  const runs = String((block?.data?.hProperties as Record<string, unknown> | undefined)?.highlighted);
  const lines = renderRuns(block?.value ?? '', runs);
  assert.ok(lines, `the runs do not fit the code: ${runs}`);
  return lines.join('\n');
};

test('a fenced block carries one HTML line per code line, tokens as classed spans, tokens coloured as plain text bare', () => {
  const [block] = run(`${fence}ts title="a.ts"\nconst a = 1 < 2;\n\nexport default a;\n${fence}\n`);
  const lines = highlighted(block).split('\n');
  assert.equal(lines.length, 3);
  // Both themes colour operators and punctuation as plain text: no span for them.
  assert.equal(lines[0], '<span class="token keyword">const</span> a = <span class="token number">1</span> &lt; <span class="token number">2</span>;');
  assert.ok(lines[0]!.includes('&lt;'), 'the < was not escaped');
  assert.equal(lines[1], '');
  assert.ok(!highlighted(block).includes('style='));
});

test('neighbouring tokens that look the same in both themes share one span, under the first one\'s classes', () => {
  const [block] = run(`${fence}tsx\nconst a = <div className="x">hi</div>;\n${fence}\n`);
  // The tag's "<" and its name, and the attribute's "=", quotes and value and the tag's ">", have one colour in each theme.
  assert.equal(
    highlighted(block),
    '<span class="token keyword">const</span> a = <span class="token tag punctuation">&lt;div</span> <span class="token tag attr-name">className</span>' +
      '<span class="token tag attr-value punctuation attr-equals">="x"&gt;</span>hi<span class="token tag punctuation">&lt;/div&gt;</span>;',
  );
});

test('the page ships classes and lengths, not HTML: runs that no longer fit the code are refused', () => {
  const [block] = run(`${fence}ts\nconst a = 1;\n${fence}\n`);
  const runs = String((block?.data?.hProperties as Record<string, unknown>).highlighted);
  assert.ok(!runs.includes('<'), runs);
  assert.equal(renderRuns('const a = 12;', runs), undefined, 'a longer line was accepted');
  assert.equal(renderRuns('const a = 1;\n', runs), undefined, 'an extra line was accepted');
});

test('highlighting leaves the global Prism as it found it: none, or another one', () => {
  // The languages load once per module instance, on its first block: each case takes a fresh instance.
  const require = createRequire(import.meta.url);
  const freshTokenizeLines = (): typeof tokenizeLines => {
    delete require.cache[require.resolve('./prism.ts')];
    return (require('./prism.ts') as { tokenizeLines: typeof tokenizeLines }).tokenizeLines;
  };
  const scope = globalThis as { Prism?: unknown };
  delete scope.Prism;
  freshTokenizeLines()('echo hi', 'bash');
  assert.equal('Prism' in scope, false);
  const other = { other: true };
  scope.Prism = other;
  try {
    freshTokenizeLines()('echo hi', 'bash');
    assert.equal(scope.Prism, other);
  } finally {
    delete scope.Prism;
  }
});

test('bash (an extra language) is highlighted; an unknown language is plain text', () => {
  const [bash, unknown] = run(`${fence}bash\nnpm i @logto/next\n${fence}\n\n${fence}nolang\nnpm i x\n${fence}\n`);
  assert.match(highlighted(bash), /<span class="token function">npm<\/span>/);
  assert.equal(highlighted(unknown), 'npm i x');
});

test('magic comments become a line range and leave the code', () => {
  const [block] = run(`${fence}ts title="a.ts"\nconst a = 1;\n// highlight-next-line\nconst b = 2;\n// highlight-start\nconst c = 3;\nconst d = 4;\n// highlight-end\n${fence}\n`);
  assert.equal(block?.value, 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;');
  assert.equal(block?.meta, 'title="a.ts" {2,3,4}');
  assert.equal(highlighted(block).split('\n').length, 4);
});

test('a range in the meta wins, as in the theme: magic comments are then left alone', () => {
  const [block] = run(`${fence}ts {1}\nconst a = 1;\n// highlight-next-line\n${fence}\n`);
  assert.equal(block?.meta, '{1}');
  assert.equal(block?.value.split('\n').length, 2);
  const [ranges] = run(`${fence}ts title="a.ts" {1,3-4}\nconst a = 1;\n// highlight-next-line\nconst b = 2;\n${fence}\n`);
  assert.equal(ranges?.meta, 'title="a.ts" {1,3-4}', 'a range of several lines wins too');
  assert.equal(ranges?.value, 'const a = 1;\n// highlight-next-line\nconst b = 2;');
});

test('an unclosed highlight-start stops the build with the reason', () => {
  assert.throws(() => run(`${fence}ts\n// highlight-start\nconst a = 1;\n${fence}\n`), { message: '`highlight-start` is never closed by `highlight-end` in this code block.', ruleId: 'code-highlight' });
  assert.throws(() => run(`${fence}ts\nconst a = 1;\n// highlight-end\n${fence}\n`), { message: '`highlight-end` at line 3 has no `highlight-start` before it; add one or remove it.', ruleId: 'code-highlight' });
});

test("every comment style of the theme's magic comments marks the next line only; a comment after code, or with more words, is code", () => {
  const styles = [['//', ''], ['#', ''], ['--', ''], [';', ''], ['%', ''], ['/*', ' */'], ['{/*', ' */}'], ['<!--', ' -->'], ['//', '', ''], ['/*', '*/', '']];
  for (const [open, close, space = ' '] of styles) {
    const [block] = run(`${fence}text\nbefore\n  ${open}${space}highlight-next-line${close}  \nmarked\nafter\n${fence}\n`);
    assert.equal(block?.value, 'before\nmarked\nafter', `${open} … ${close} is taken out`);
    assert.equal(block?.meta, '{2}', `${open} … ${close} marks the next line, and only it`);
  }
  for (const line of ['x // highlight-next-line', '// highlight-next-line please', '//highlight-next-lines']) {
    const [block] = run(`${fence}text\n${line}\nnext\n${fence}\n`);
    assert.equal(block?.value, `${line}\nnext`, `${line} stays`);
    assert.equal(block?.meta ?? null, null, `${line} marks nothing`);
  }
});

test('every token colour of both themes reaches 4.5:1 against its block background', () => {
  const css = codeThemeCss(prismSettings.theme, prismSettings.darkTheme);
  for (const [mode, theme] of [['light', prismSettings.theme], ['dark', prismSettings.darkTheme]] as const) {
    const background = theme.plain.backgroundColor!;
    const bg = background.match(/[0-9a-f]{2}/gi)!.slice(0, 3).map((hex) => parseInt(hex, 16)) as [number, number, number];
    const rules = css.split('\n').filter((rule) => rule.startsWith(`[data-theme='${mode}']`));
    assert.ok(rules.length > 3, `no rules for ${mode}`);
    for (const rule of rules) {
      for (const color of rule.matchAll(/(?:^|[;{])(?:color|--prism-color):(#[0-9a-f]{6}|rgb\([^)]*\))/gi)) {
        const value = color[1]!;
        const rgb = (value.startsWith('#') ? value.slice(1).match(/../g)!.map((hex) => parseInt(hex, 16)) : value.match(/\d+/g)!.map(Number)) as [number, number, number];
        assert.ok(contrast(rgb, bg) >= 4.5, `${mode}: ${value} on ${background} is ${contrast(rgb, bg).toFixed(2)}:1 in ${rule}`);
      }
    }
  }
});

const installFragment = `import CodeBlock from '@theme/CodeBlock';

<CodeBlock language="bash">{\`npm i \${props.packageName} && cd \${props.dir}\`}</CodeBlock>
`;

function jsxCodeBlock(markdown: string): MdxJsxFlowElement {
  let found: MdxJsxFlowElement | undefined;
  visit(transform(markdown).tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === 'CodeBlock') found = node;
  });
  assert.ok(found, 'no <CodeBlock> in the tree');
  return found;
}

test('a computed JSX <CodeBlock> is highlighted at build time, its values placed at render time', () => {
  const node = jsxCodeBlock(installFragment);
  const names = node.attributes.map((entry) => (entry as MdxJsxAttribute).name);
  assert.deepEqual(names, ['language', 'highlighted', 'highlightedValues']);
  const values = node.attributes[2] as MdxJsxAttribute;
  assert.equal((values.value as { value: string }).value, '[props.packageName, props.dir]');
  const runs = String((node.attributes[1] as MdxJsxAttribute).value);
  // As the theme renders it, once the fragment's props are known; a value is escaped, never tokenized.
  const html = renderRuns('npm i @logto/next && cd <app>', runs, ['@logto/next', '<app>']);
  assert.equal(html?.join('\n'), '<span class="token function">npm</span> i @logto/next &amp;&amp; <span class="token builtin class-name">cd</span> &lt;app&gt;');
});

test('a <CodeBlock> with a magic comment is left plain, with a warning naming the file', () => {
  const { file } = transform('<CodeBlock language="ts">{`// highlight-next-line\\nconst a = \\${props.x};`}</CodeBlock>\n');
  assert.match(String(file.messages[0]), /docs\/page\.mdx:1:1.*magic comment/);
  assert.equal(file.messages[0]!.ruleId, 'code-highlight');
});

test('a <CodeBlock> whose grammar splits a placeholder is left plain, with a warning naming the file and the grammar', () => {
  // No grammar the site loads does this (each was tried on placeholders in words, strings, comments and numbers); one that
  // makes a keyword of "value" would, and a grammar added later might.
  Prism.languages.splitter = { keyword: /value/ };
  const { tree, file } = transform('<CodeBlock language="Splitter">{`# ${props.title}`}</CodeBlock>\n');
  assert.equal(file.messages.length, 1);
  assert.match(String(file.messages[0]), /^docs\/page\.mdx:1:1-1:\d+: The placeholder of a `\$\{…\}` in this <CodeBlock> was split by the Splitter grammar; the block is left unhighlighted\.$/);
  assert.equal(file.messages[0]!.ruleId, 'code-highlight');
  const names: string[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => names.push(...node.attributes.map((entry) => (entry as MdxJsxAttribute).name)));
  assert.deepEqual(names, ['language']);
});

test('ten values and more each find their place', () => {
  const values = Array.from({ length: 11 }, (_, index) => `\${props.v${index}}`).join(' ');
  const node = jsxCodeBlock(`<CodeBlock language="bash">{\`echo ${values}\`}</CodeBlock>\n`);
  const runs = String((node.attributes.find((entry) => (entry as MdxJsxAttribute).name === 'highlighted') as MdxJsxAttribute).value);
  const texts = Array.from({ length: 11 }, (_, index) => `v${index}`);
  assert.equal(renderRuns(`echo ${texts.join(' ')}`, runs, texts)?.join(''), `<span class="token builtin class-name">echo</span> ${texts.join(' ')}`);
});

test('the compiled page passes the runs and the values to the component as props', async () => {
  const { compile } = await import('@mdx-js/mdx');
  const js = String(await compile(installFragment, { remarkPlugins: [remarkHighlightCode], jsx: true }));
  assert.match(js, /<CodeBlock language="bash" highlighted="[^"]+" highlightedValues=\{\[props\.packageName, props\.dir\]\}>/, js);
});

/** The attribute names of every JSX element in the page, in order, and the messages it got. */
function jsxAttributes(markdown: string): { elements: string[]; messages: string[] } {
  const { tree, file } = transform(markdown);
  const elements: string[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxFlowElement;
    elements.push(`${element.name}: ${element.attributes.map((entry) => (entry as MdxJsxAttribute).name).join(' ')}`);
  });
  return { elements, messages: file.messages.map(String) };
}

test('which <CodeBlock>s are highlighted at build time, and which are left for the theme', () => {
  const highlightedOnly = (markdown: string) => assert.deepEqual(jsxAttributes(markdown), { elements: ['CodeBlock: language highlighted'], messages: [] }, markdown);
  const untouched = (markdown: string, attributes: string) => assert.deepEqual(jsxAttributes(markdown), { elements: [attributes], messages: [] }, markdown);
  // Highlighted, with no values to place: a string literal, a template literal without ${…}, inline in a paragraph, a language in capitals.
  highlightedOnly("<CodeBlock language=\"ts\">{'const a = 1;'}</CodeBlock>\n");
  highlightedOnly('<CodeBlock language="ts">{`const a = 1;`}</CodeBlock>\n');
  highlightedOnly('<CodeBlock language="TS">{`const a = 1;`}</CodeBlock>\n');
  assert.deepEqual(jsxAttributes('Run <CodeBlock language="bash">{`npm test`}</CodeBlock> now.\n').elements, ['CodeBlock: language highlighted']);
  // Left alone: another component, a block already highlighted, no language, two children, text, a child that is not a literal.
  untouched('<Other language="ts">{`const a = 1;`}</Other>\n', 'Other: language');
  untouched('<CodeBlock language="ts" highlighted="x">{`const a = 1;`}</CodeBlock>\n', 'CodeBlock: language highlighted');
  untouched('<CodeBlock>{`const a = 1;`}</CodeBlock>\n', 'CodeBlock: ');
  untouched('<CodeBlock language="ts">{`a`}{`b`}</CodeBlock>\n', 'CodeBlock: language');
  untouched('<CodeBlock language="ts">const a = 1;</CodeBlock>\n', 'CodeBlock: language');
  untouched('<CodeBlock language="ts">{props.code}</CodeBlock>\n', 'CodeBlock: language');
  untouched('<CodeBlock language="ts">{42}</CodeBlock>\n', 'CodeBlock: language');
  // No child, an empty expression, a comment, an element.
  untouched('<CodeBlock language="ts" />\n', 'CodeBlock: language');
  untouched('<CodeBlock language="ts">{}</CodeBlock>\n', 'CodeBlock: language');
  untouched('<CodeBlock language="ts">{/* later */}</CodeBlock>\n', 'CodeBlock: language');
  assert.deepEqual(jsxAttributes('<CodeBlock language="ts"><b>x</b></CodeBlock>\n').elements, ['CodeBlock: language', 'b: ']);
  // Code that already holds the placeholder text cannot take placeholders safely.
  untouched('<CodeBlock language="ts">{`const __value0__ = ${props.x};`}</CodeBlock>\n', 'CodeBlock: language');
});

test("a value's own semicolons are kept: only the statement's last one is dropped", () => {
  const node = jsxCodeBlock("<CodeBlock language=\"bash\">{`echo ${props.sep ?? ';'} done`}</CodeBlock>\n");
  const values = node.attributes.find((entry) => (entry as MdxJsxAttribute).name === 'highlightedValues') as MdxJsxAttribute;
  assert.equal((values.value as { value: string }).value, "[props.sep ?? ';']");
});

test('the magic-comment warning says what to use instead', () => {
  const { messages } = jsxAttributes('<CodeBlock language="ts">{`// highlight-next-line\nconst a = 1;`}</CodeBlock>\n');
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /left unhighlighted\. Use a fenced block, or a `\{…\}` line range in `metastring`\./);
});
