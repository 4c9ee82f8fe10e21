/**
 * The guide shows the sample's files. Where a code block is the whole file
 * (same title, not a variant of it for one step of the guide), it must equal
 * the sample's file byte for byte, so the reader copies what the tests ran.
 */
import { test } from 'node:test';
import { shownInFull as shownInFullBySample } from '../../src/plugins/sample-zip/shown-in-full.ts';
import { assertShownFilesEqualSample } from './mdx-source.ts';

const guideSource = 'docs/quick-starts/next-app-router/index.mdx';
// Files the guide shows in full, as the build checks them (src/plugins/sample-zip).
const shownInFull = shownInFullBySample['samples/next-app-router'] ?? [];

test('code blocks that show a whole sample file equal that file', () => {
  assertShownFilesEqualSample(guideSource, 'samples/next-app-router', shownInFull);
});
