/**
 * The client bundles of each locale carry only the tslib helpers that
 * src/plugins/tslib-helpers/helpers.mjs exports (the ones bundled modules
 * call), not all of tslib: a lost alias puts the whole library (3.5 KiB gzip)
 * back into main.js on every page. Whether every helper that is called is
 * there, the build itself checks (see the plugin), and the pages are loaded
 * in Chromium by page-quality.test.ts, which fails on any uncaught error.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { exportedHelpers, helpersFile, tslibHelperNames } from '../../src/plugins/tslib-helpers/index.ts';
import { buildDir, ensureBuild, localePrefix, locales } from './built-site.ts';

before(ensureBuild);

for (const locale of locales) {
  test(`${locale}: the bundles define only the tslib helpers helpers.mjs exports`, async () => {
    const exported = await exportedHelpers();
    assert.ok(exported.length > 0, `${helpersFile} exports no helper`);
    const unused = tslibHelperNames().filter((name) => !exported.includes(name));
    const jsDir = path.join(buildDir, localePrefix(locale), 'assets/js');
    const shipped: string[] = [];
    for (const file of readdirSync(jsDir).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(jsDir, file), 'utf8');
      // tslib's own build names each helper where it defines it (`function __awaiter(`), and so does its minified copy.
      for (const name of unused) if (new RegExp(`\\b${name}\\b`).test(text)) shipped.push(`${file}: ${name}`);
    }
    assert.deepEqual(shipped, [], 'tslib helpers that no bundled module calls were shipped: the tslib-helpers alias was lost');
    const main = readdirSync(jsDir).find((name) => /^main\.[0-9a-f]+\.js$/.test(name))!;
    for (const name of exported) assert.match(readFileSync(path.join(jsDir, main), 'utf8'), new RegExp(`\\b${name}\\b`), `${main} should carry ${name}`);
  });
}
