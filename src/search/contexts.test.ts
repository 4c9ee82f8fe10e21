/**
 * The search sections and their labels: one section per top-level docs folder
 * with a page, labelled in every locale from the folder's index page there,
 * or the translated sidebar category of the folder's name, else in English.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { searchSections } from './contexts.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the real docs: every folder is a section, labelled in English and in Chinese', () => {
  const sections = searchSections('docs', { defaultLocale: 'en', locales: ['en', 'zh-CN'] }, root);
  assert.deepEqual(
    sections.map((section) => section.path),
    ['authorization', 'connectors', 'end-user-flows', 'introduction', 'organizations', 'quick-starts'],
  );
  const quickStarts = sections.find((section) => section.path === 'quick-starts')!;
  assert.deepEqual(quickStarts.label, { en: 'Quick starts', 'zh-CN': '快速入门' });
  // No index page: the sidebar category of that name, translated in current.json.
  assert.deepEqual(sections.find((section) => section.path === 'authorization')!.label, { en: 'Authorization', 'zh-CN': '授权' });
  for (const section of sections) assert.match(section.label['zh-CN']!, /\p{Script=Han}/u, `${section.path} has a Chinese label`);
});

const site = mkdtempSync(path.join(tmpdir(), 'search-sections-'));
after(() => rmSync(site, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
};
write('docs/guides/index.mdx', '---\ntitle: All the guides\nsidebar_label: Guides\n---\n\n# Guides everywhere \\{#guides}\n');
write('docs/api-reference/index.md', '# The API *reference* \\{#api}\n\nText.\n');
write('docs/end-user-flows/sign-in.mdx', '# Sign-in\n');
write('docs/_partials/_shared.mdx', 'A fragment, not a section.\n');
write('docs/empty/_only-fragment.mdx', 'No page here.\n');
write('i18n/fr/docusaurus-plugin-content-docs/current/guides/index.mdx', '---\ntitle: Tous les guides\n---\n\n# Guides\n');
write('i18n/fr/docusaurus-plugin-content-docs/current.json', JSON.stringify({ 'sidebar.docs.category.End user flows': { message: 'Parcours des utilisateurs' } }));

test('labels: sidebar_label, then title, then the first heading without its id; the folder name as words without an index page', () => {
  const sections = searchSections('docs', { defaultLocale: 'en', locales: ['fr', 'en', 'de'] }, site);
  assert.deepEqual(sections, [
    { path: 'api-reference', label: { en: 'The API reference', fr: 'The API reference', de: 'The API reference' } },
    { path: 'end-user-flows', label: { en: 'End user flows', fr: 'Parcours des utilisateurs', de: 'End user flows' } },
    { path: 'guides', label: { en: 'Guides', fr: 'Tous les guides', de: 'Guides' } },
  ]);
});
