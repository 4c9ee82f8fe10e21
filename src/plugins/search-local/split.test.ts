/**
 * The search index split (split.ts) on indexes made the way the local search
 * plugin makes them (lunr, five parts: titles, headings, descriptions,
 * keywords, full text): the first file keeps the first four and a loadable
 * empty full-text part, and keeps headings, then descriptions, only while
 * they fit its budget; the `.content.json` file holds what it gave up; the two
 * put back together are the plugin's file; a second run changes nothing; a
 * changed format is refused with the file named.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { after, test } from 'node:test';
import lunr from 'lunr';
import { CONTENT_PART, contentFileOf, indexFilesIn, readWholeIndex, splitIndex, splitSearchIndexes, type SearchIndexPart } from './split.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function part(texts: string[], first: number): SearchIndexPart {
  const documents = texts.map((t, offset) => ({ i: first + offset, t, u: `/page-${first + offset}` }));
  const index = lunr(function () {
    this.ref('i');
    this.field('t');
    for (const doc of documents) this.add(doc);
  });
  return { documents, index: JSON.parse(JSON.stringify(index)) as SearchIndexPart['index'] };
}

/** Titles, headings, descriptions, keywords (none) and full text, as the plugin orders them. */
function pluginIndex(): SearchIndexPart[] {
  return [
    part(['Sign in with Logto', 'Protect an API'], 1),
    part(['Install the SDK', 'Configure the client'], 3),
    part(['Add sign-in to a Next.js app.'], 5),
    part([], 6),
    part(['The callback route exchanges the authorization code for tokens.', 'A refresh token keeps the session alive.'], 6),
  ];
}

test('the first file keeps titles, headings, descriptions and keywords, and an empty full-text part lunr can load', () => {
  const parts = pluginIndex();
  const { light, deferred } = splitIndex(structuredClone(parts));
  assert.equal(light.length, 5);
  assert.deepEqual(light.slice(0, CONTENT_PART), parts.slice(0, CONTENT_PART));
  assert.deepEqual(deferred, [null, null, null, null, parts[CONTENT_PART]]);
  const content = parts[CONTENT_PART]!;
  const empty = light[CONTENT_PART]!;
  assert.deepEqual(empty.documents, []);
  assert.deepEqual(empty.index.invertedIndex, []);
  assert.deepEqual(empty.index.fieldVectors, []);
  assert.deepEqual([empty.index.version, empty.index.fields, empty.index.pipeline], [content.index.version, content.index.fields, content.index.pipeline]);
  assert.deepEqual(lunr.Index.load(empty.index).search('callback'), []);
  assert.equal(lunr.Index.load(content.index).search('callback').length, 1, 'the full text is searchable on its own');
});

test('within the budget the first file keeps headings first, then descriptions; the titles always stay', () => {
  const parts = pluginIndex();
  const gzipOf = (value: unknown) => gzipSync(JSON.stringify(value)).length;
  const [title, heading, description, keywords, content] = parts;
  const emptied = (part: SearchIndexPart) => ({ documents: [], index: { ...part.index, fieldVectors: [], invertedIndex: [] } });
  const withoutContent = [title, heading, description, keywords, emptied(content!)];
  const withoutDescriptions = [title, heading, emptied(description!), keywords, emptied(content!)];
  const withoutHeadings = [title, emptied(heading!), description, keywords, emptied(content!)];
  const titlesOnly = [title, emptied(heading!), emptied(description!), keywords, emptied(content!)];
  assert.ok(gzipOf(withoutHeadings) < gzipOf(withoutDescriptions), 'the fixture needs headings bigger than descriptions');
  // At the budget exactly, a part stays; one byte under, it goes.
  assert.deepEqual(splitIndex(parts, 'x', gzipOf(withoutContent)), { light: withoutContent, deferred: [null, null, null, null, content] });
  assert.deepEqual(splitIndex(parts, 'x', gzipOf(withoutContent) - 1), { light: withoutDescriptions, deferred: [null, null, description, null, content] });
  // Headings do not fit, descriptions alone do: they stay.
  assert.deepEqual(splitIndex(parts, 'x', gzipOf(withoutDescriptions) - 1), { light: withoutHeadings, deferred: [null, heading, null, null, content] });
  assert.deepEqual(splitIndex(parts, 'x', gzipOf(withoutHeadings) - 1), { light: titlesOnly, deferred: [null, heading, description, null, content] });
  assert.deepEqual(splitIndex(parts, 'x', 0), { light: titlesOnly, deferred: [null, heading, description, null, content] });
});

test('every index file of a build folder is split, the halves put back are the plugin file, and a second run changes nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-split-'));
  dirs.push(dir);
  const whole = pluginIndex();
  writeFileSync(path.join(dir, 'search-index.json'), JSON.stringify(whole));
  writeFileSync(path.join(dir, 'search-index-quick-starts.json'), JSON.stringify(whole));
  writeFileSync(path.join(dir, 'search-index.txt'), 'not an index');
  writeFileSync(path.join(dir, 'other.json'), '[]');
  assert.deepEqual(splitSearchIndexes(dir), ['search-index-quick-starts.json', 'search-index.json']);
  // One file split as a big site's would be: headings and descriptions wait too.
  writeFileSync(path.join(dir, 'search-index-big.json'), JSON.stringify(whole));
  splitSearchIndexes(dir, 0);
  assert.equal((JSON.parse(readFileSync(path.join(dir, 'search-index-big.content.json'), 'utf8')) as unknown[]).filter((part) => part !== null).length, 3);
  assert.deepEqual(readdirSync(dir).sort(), ['other.json', 'search-index-big.content.json', 'search-index-big.json', 'search-index-quick-starts.content.json', 'search-index-quick-starts.json', 'search-index.content.json', 'search-index.json', 'search-index.txt']);
  assert.deepEqual(indexFilesIn(dir), ['search-index-big.json', 'search-index-quick-starts.json', 'search-index.json']);
  for (const name of indexFilesIn(dir)) {
    assert.deepEqual(readWholeIndex(path.join(dir, name)), whole, name);
    assert.ok(readFileSync(path.join(dir, name)).length < JSON.stringify(whole).length, `${name} is not smaller`);
  }
  const before = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
  splitSearchIndexes(dir);
  assert.deepEqual(
    readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8')),
    before,
    'a second split emptied the full text',
  );
});

test('an index without the full-text part is refused, naming the file and what to update', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-split-'));
  dirs.push(dir);
  const file = path.join(dir, 'search-index.json');
  writeFileSync(file, JSON.stringify(pluginIndex().slice(0, 4)));
  assert.throws(() => splitSearchIndexes(dir), {
    message: `${file}: no full-text part at position 4 (or no heading and description parts); the search plugin's index format has changed, so update src/plugins/search-local/split.ts`,
  });
  assert.throws(() => splitIndex([...pluginIndex().slice(0, 4), { documents: 'x' } as unknown as SearchIndexPart]), /search index: no full-text part/);
  assert.throws(() => splitIndex([...pluginIndex().slice(0, 4), { documents: [] } as unknown as SearchIndexPart]), /search index: no full-text part/, 'a part without its lunr index');
  const noDescriptions = pluginIndex();
  noDescriptions[2] = { documents: [] } as unknown as SearchIndexPart;
  assert.throws(() => splitIndex(noDescriptions), /search index: no full-text part/, 'headings alone are not enough');
});

test('only the index files are split: not a name that merely contains one, nor a compressed copy; a rebuilt index is split again', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-split-'));
  dirs.push(dir);
  const whole = JSON.stringify(pluginIndex());
  for (const name of ['search-index.json', 'old-search-index.json', 'search-index.json.gz']) writeFileSync(path.join(dir, name), whole);
  assert.deepEqual(splitSearchIndexes(dir), ['search-index.json']);
  assert.equal(readFileSync(path.join(dir, 'old-search-index.json'), 'utf8'), whole);
  assert.equal(readFileSync(path.join(dir, 'search-index.json.gz'), 'utf8'), whole);
  // A new build writes the theme's whole index over a folder split before: the new full text replaces the old one.
  const rebuilt = pluginIndex();
  rebuilt[CONTENT_PART] = part(['The sign-out route ends the session.'], 6);
  writeFileSync(path.join(dir, 'search-index.json'), JSON.stringify(rebuilt));
  splitSearchIndexes(dir);
  assert.deepEqual(readWholeIndex(path.join(dir, 'search-index.json')), rebuilt);
});

test('an index with no paragraphs at all still gets its full-text file, which the worker downloads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-split-'));
  dirs.push(dir);
  const titlesOnly = pluginIndex();
  titlesOnly[CONTENT_PART] = part([], 6);
  writeFileSync(path.join(dir, 'search-index.json'), JSON.stringify(titlesOnly));
  splitSearchIndexes(dir);
  assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'search-index.content.json'), 'utf8')), [null, null, null, null, titlesOnly[CONTENT_PART]]);
});

test('the full-text file is named after its index file, the URL query kept', () => {
  assert.equal(contentFileOf('search-index.json'), 'search-index.content.json');
  assert.equal(contentFileOf('/zh-CN/search-index-quick-starts.json?_=cea8958a'), '/zh-CN/search-index-quick-starts.content.json?_=cea8958a');
  assert.equal(contentFileOf('search-index-a.json.json'), 'search-index-a.json.content.json');
});
