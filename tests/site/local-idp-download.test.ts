/**
 * The local identity provider's download, as a reader finds it: on the
 * provider page of each locale, a link to local-identity-provider.zip that the
 * built site serves, holding the same bytes the replay starts the provider
 * from (tools/replay, tools/site/local-idp-zip.ts).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { localIdpDownload, localIdpZip } from '../../tools/site/local-idp-zip.ts';
import { attributeValues, buildDir, ensureBuild, localePrefix, locales, readHtml, repoRoot } from './built-site.ts';

before(() => ensureBuild());

for (const locale of locales) {
  test(`${locale}: the provider page links the zip, and the site serves it`, () => {
    const html = readHtml(locale, '/introduction/local-identity-provider');
    const hrefs = attributeValues(html, 'href').filter((href) => href.endsWith('.zip'));
    // Docusaurus puts the locale's base URL before a pathname:// link.
    assert.deepEqual(hrefs, [`${localePrefix(locale)}${localIdpDownload.path}`], `links to zips on the ${locale} provider page: ${hrefs.join(', ') || 'none'}`);
    const served = path.join(buildDir, hrefs[0]!);
    assert.ok(existsSync(served), `the page links ${hrefs[0]}, but the build has no ${path.relative(repoRoot, served)}`);
    assert.deepEqual(new Uint8Array(readFileSync(served)), localIdpZip(repoRoot), `${path.relative(repoRoot, served)} is not the zip of samples/local-idp`);
    // The page's Markdown twin (for LLMs and copy-as-Markdown) links the same file by its full URL.
    const twin = readFileSync(path.join(buildDir, localePrefix(locale), 'introduction/local-identity-provider.md'), 'utf8');
    assert.ok(new RegExp(`\\]\\(https?://[^)\\s]+${hrefs[0]!.replace(/[.]/g, '\\.')}\\)`).test(twin), 'the Markdown twin does not link the zip by its full URL');
  });
}
