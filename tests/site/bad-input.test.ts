/**
 * Broken input must fail the build with a message that names the file: a
 * broken link, a broken anchor, a missing fragment import, invalid MDX, and a
 * fragment composed without a prop it needs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copySite, type SiteCopy } from './site-copy.ts';

const guide = 'docs/quick-starts/next-app-router/index.mdx';

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `${needle} is not in the edited file`);
  return text.slice(0, at).split('\n').length;
}

/**
 * The part of the build output that is the MDX error of `file` (from the
 * "MDX compilation failed for file" line to its stack trace), so a position
 * is read from that error and not from anywhere in the output.
 */
function mdxErrorOf(output: string, file: string): string {
  const escaped = file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const start = output.search(new RegExp(`MDX compilation failed for file "[^"]*/${escaped}"`));
  assert.notEqual(start, -1, `no MDX error names ${file}:\n${output.slice(-2000)}`);
  const rest = output.slice(start);
  const end = rest.search(/\n[\s│]*at /);
  return end === -1 ? rest : rest.slice(0, end);
}

describe('the build refuses broken input', { concurrency: false }, () => {
  let site: SiteCopy;
  let original: string;

  before(() => {
    site = copySite();
    original = '';
  });
  after(() => site.remove());

  let edited = '';

  async function buildWith(file: string, change: (text: string) => string) {
    site.edit(file, (text) => {
      original = text;
      edited = change(text);
      return edited;
    });
    try {
      return await site.build('en');
    } finally {
      site.write(file, original);
    }
  }

  test('a control build of the untouched copy passes', async () => {
    const { code, output } = await site.build('en');
    assert.equal(code, 0, output.slice(-2000));
  });

  test('a broken link names the page that has it', async () => {
    const { code, output } = await buildWith(guide, (text) =>
      text.replace('## Prerequisites', 'See [the missing page](/no-such-page).\n\n## Prerequisites'),
    );
    assert.notEqual(code, 0);
    assert.match(output, /Broken link on source page path = \/quick-starts\/next-app-router/);
    assert.match(output, /\/no-such-page/);
  });

  test('a broken anchor names the page that has it', async () => {
    const { code, output } = await buildWith(guide, (text) =>
      text.replace('## Prerequisites', 'See [a section](/introduction#no-such-section).\n\n## Prerequisites'),
    );
    assert.notEqual(code, 0);
    assert.match(output, /Broken anchor on source page path = \/quick-starts\/next-app-router/);
    assert.match(output, /#no-such-section/);
  });

  test('a missing fragment import names the importing file and the fragment', async () => {
    const { code, output } = await buildWith(guide, (text) =>
      text.replace('@fragments/_further-readings.md', '@fragments/_no-such-fragment.md'),
    );
    assert.notEqual(code, 0);
    const line = lineOf(edited, '@fragments/_no-such-fragment.md');
    assert.ok(
      output.includes(
        `docs/quick-starts/next-app-router/index.mdx:${line}: cannot import "@fragments/_no-such-fragment.md": fragments/_no-such-fragment.md does not exist`,
      ),
      `expected the error at index.mdx:${line}, the line of the import:\n${output.slice(-2000)}`,
    );
  });

  test('invalid MDX in a fragment names the fragment file and line', async () => {
    const { code, output } = await buildWith('fragments/_install-package.mdx', (text) => `${text}\n\n<Unclosed>\n`);
    assert.notEqual(code, 0);
    const error = mdxErrorOf(output, 'fragments/_install-package.mdx');
    const line = lineOf(edited, '<Unclosed>');
    assert.match(error, new RegExp(`Cause: Expected a closing tag for \`<Unclosed>\` \\(${line}:1-${line}:11\\)`), `expected the position ${line}:1 of <Unclosed> in:\n${error}`);
  });

  test('invalid MDX in a page names the page file and line', async () => {
    const { code, output } = await buildWith(guide, (text) => text.replace('## Installation', '{ broken expression\n\n## Installation'));
    assert.notEqual(code, 0);
    const line = lineOf(edited, '{ broken expression');
    // The expression starts at column 1; acorn fails after `broken`, at column 9. The site model's parser (which the
    // plugins run before Docusaurus compiles the page) names it as file:line:column; else Docusaurus's MDX error does.
    const escaped = guide.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const fromModel = new RegExp(`/${escaped}:(\\d+):(\\d+): cannot parse MDX`).exec(output);
    if (fromModel) {
      assert.deepEqual([Number(fromModel[1]), Number(fromModel[2])], [line, 9], `expected ${guide}:${line}:9 in:\n${fromModel[0]}`);
    } else {
      const error = mdxErrorOf(output, guide);
      assert.match(error, new RegExp(`"name": "${line}:9"`), `expected the position ${line}:9 in:\n${error}`);
      assert.match(error, new RegExp(`"line": ${line},`));
    }
  });

  test('a fragment composed without its required prop names the fragment and the prop', async () => {
    const { code, output } = await buildWith('docs/quick-starts/next/_installation.mdx', (text) =>
      text.replace(' packageName="@logto/next"', ''),
    );
    assert.notEqual(code, 0);
    assert.match(output, /fragments\/_install-package\.mdx: missing prop `packageName` \(string\)/);
    assert.match(output, /\/quick-starts\/next-app-router/);
  });
});
