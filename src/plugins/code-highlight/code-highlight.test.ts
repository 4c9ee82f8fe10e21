/**
 * The build-time highlighter: the HTML a fenced block carries, magic comments
 * turned into line ranges, errors for unbalanced ones, and token colours that
 * meet WCAG AA in both Prism themes. Through remark().use(mdx).use(plugin).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Code, Root } from 'mdast';
import remarkHighlightCode from './remark.ts';
import { prismSettings } from './prism.ts';
import { codeThemeCss, contrast } from './theme-css.ts';

const fence = '```';

function run(markdown: string): Code[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHighlightCode);
  const tree = processor.runSync(processor.parse(markdown), new VFile({ path: 'docs/page.mdx', value: markdown })) as Root;
  return tree.children.filter((node): node is Code => node.type === 'code');
}

const highlighted = (block: Code | undefined) => String((block?.data?.hProperties as Record<string, unknown> | undefined)?.highlighted);

test('a fenced block carries one HTML line per code line, tokens as classed spans', () => {
  const [block] = run(`${fence}ts title="a.ts"\nconst a = 1 < 2;\n\nexport default a;\n${fence}\n`);
  const lines = highlighted(block).split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^<span class="token keyword">const<\/span>/);
  assert.ok(lines[0]!.includes('&lt;'), 'the < was not escaped');
  assert.equal(lines[1], '');
  assert.ok(!highlighted(block).includes('style='));
});

test('bash (an extra language) is highlighted; an unknown language is plain text', () => {
  const [bash, unknown] = run(`${fence}bash\nnpm i @logto/next\n${fence}\n\n${fence}nolang\nnpm i x\n${fence}\n`);
  assert.match(highlighted(bash), /<span class="token function">npm<\/span>/);
  assert.equal(highlighted(unknown), '<span class="token plain">npm i x</span>');
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
});

test('an unclosed highlight-start stops the build with the reason', () => {
  assert.throws(() => run(`${fence}ts\n// highlight-start\nconst a = 1;\n${fence}\n`), /highlight-start.*never closed/);
  assert.throws(() => run(`${fence}ts\nconst a = 1;\n// highlight-end\n${fence}\n`), /highlight-end` at line 3 has no `highlight-start/);
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
