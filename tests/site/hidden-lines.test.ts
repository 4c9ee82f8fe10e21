/**
 * Hidden setup lines (`hidden="…"` in a code fence) are compiled by the
 * snippet check but never reach readers: not in the page, not in what the copy
 * button copies. Checked on a real build of a copy of the site.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { codeBlockLines, htmlText } from './built-site.ts';
import { copySite, type SiteCopy } from './site-copy.ts';

let site: SiteCopy;
let html: string;

before(async () => {
  site = copySite();
  site.edit('docs/quick-starts/next-app-router/_guide-tip.mdx', (text) =>
    [
      text,
      '```ts title="app/hidden-demo.ts" hidden="1-2"',
      "import { logtoConfig } from './logto';",
      'const setupOnlyMarker = logtoConfig.appId;',
      'export const shownMarker = logtoConfig.baseUrl;',
      '```',
      '',
    ].join('\n'),
  );
  const { code, output } = await site.build('en');
  assert.equal(code, 0, output.slice(-3000));
  html = readFileSync(path.join(site.dir, 'build/quick-starts/next-app-router.html'), 'utf8');
});
after(() => site.remove());

test('hidden lines are not rendered, the rest of the block is', () => {
  // Line by line, as the reader sees the block (htmlText collapses line breaks, so it cannot tell lines apart).
  assert.deepEqual(codeBlockLines(html, 'app/hidden-demo.ts'), ['export const shownMarker = logtoConfig.baseUrl;']);
  assert.ok(htmlText(html).includes('export const shownMarker = logtoConfig.baseUrl;'), 'the visible line is missing');
  assert.ok(!html.includes('setupOnlyMarker'), 'a hidden line reached the page');
});

test('the annotation itself does not leak into the page', () => {
  assert.ok(!html.includes('hidden="1-2"') && !html.includes('hidden=1-2'), 'the fence meta was rendered');
});
