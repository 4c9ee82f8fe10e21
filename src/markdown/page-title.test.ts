/** The front matter hook that keeps the escaped heading id out of inferred page titles. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { parseFrontMatter } from './page-title.ts';

const parse = (fileContent: string) => parseFrontMatter({ filePath: 'docs/x.mdx', fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER });

describe('page titles from a heading with an escaped id', () => {
  test('the title is the heading text, without `\\{#id}` or its backslash', async () => {
    const { frontMatter } = await parse("---\nslug: /quick-starts\n---\n\nimport X from './x';\n\n# Quick starts \\{#quick-starts}\n\nText.\n");
    assert.equal(frontMatter.title, 'Quick starts');
  });

  test('a zh-CN heading', async () => {
    const { frontMatter } = await parse('# 快速入门 \\{#quick-starts}\n');
    assert.equal(frontMatter.title, '快速入门');
  });

  test('a title in the front matter, or a heading without an escaped id, is left to Docusaurus', async () => {
    assert.equal((await parse('---\ntitle: Own title\n---\n\n# Heading \\{#heading}\n')).frontMatter.title, 'Own title');
    assert.equal((await parse('# Plain heading\n')).frontMatter.title, undefined);
  });
});
