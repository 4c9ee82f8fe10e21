/**
 * The built pages run one React, the one src/plugins/site-react pins (18.3,
 * for its smaller client), in each locale's bundles: a lost alias would ship
 * the root's React 19 (33 KiB more gzip), and a partial one two Reacts, whose
 * hooks fail on the first render.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { buildDir, ensureBuild, localePrefix, locales, repoRoot } from './built-site.ts';

before(ensureBuild);

const pinned = (JSON.parse(readFileSync(path.join(repoRoot, 'src/plugins/site-react/package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
const rootReact = (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/react/package.json'), 'utf8')) as { version: string }).version;

for (const locale of locales) {
  test(`${locale}: the bundles hold one react-dom, version ${pinned['react-dom']}, and nothing of React ${rootReact}`, () => {
    const jsDir = path.join(buildDir, localePrefix(locale), 'assets/js');
    const found: string[] = [];
    for (const file of readdirSync(jsDir).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(jsDir, file), 'utf8');
      // react-dom registers itself with the devtools under its own version.
      for (const match of text.matchAll(/reconcilerVersion:"([^"]+)"/g)) found.push(`${file}: ${match[1]}`);
      assert.ok(!text.includes(`"${rootReact}"`), `${file} mentions React ${rootReact}, the root's copy: the site-react alias was lost`);
    }
    assert.equal(found.length, 1, `one react-dom in ${jsDir}, found: ${found.join(', ') || 'none'}`);
    assert.match(found[0]!, new RegExp(`^main\\.[0-9a-f]+\\.js: ${pinned['react-dom']!.replaceAll('.', '\\.')}(-|$)`));
  });
}
