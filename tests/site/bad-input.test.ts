/**
 * Broken input must fail the build with a message that names the file: a
 * broken link, a broken anchor, a missing fragment import, invalid MDX, and a
 * fragment composed without a prop it needs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copySite, type SiteCopy } from './site-copy';

const guide = 'docs/quick-starts/next-app-router/index.mdx';

describe('the build refuses broken input', { concurrency: false }, () => {
  let site: SiteCopy;
  let original: string;

  before(() => {
    site = copySite();
    original = '';
  });
  after(() => site.remove());

  async function buildWith(file: string, change: (text: string) => string) {
    site.edit(file, (text) => {
      original = text;
      return change(text);
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
    assert.match(
      output,
      /docs\/quick-starts\/next-app-router\/index\.mdx:\d+: cannot import "@fragments\/_no-such-fragment\.md": fragments\/_no-such-fragment\.md does not exist/,
    );
  });

  test('invalid MDX in a fragment names the fragment file and line', async () => {
    const { code, output } = await buildWith('fragments/_install-package.mdx', (text) => `${text}\n\n<Unclosed>\n`);
    assert.notEqual(code, 0);
    assert.match(output, /fragments\/_install-package\.mdx/);
    assert.match(output, /\d+:\d+/, 'the error should carry a line:column position');
  });

  test('invalid MDX in a page names the page file and line', async () => {
    const { code, output } = await buildWith(guide, (text) => text.replace('## Installation', '{ broken expression\n\n## Installation'));
    assert.notEqual(code, 0);
    assert.match(output, /docs\/quick-starts\/next-app-router\/index\.mdx/);
    assert.match(output, /\d+:\d+/);
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
