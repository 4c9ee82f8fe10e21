/**
 * The zh-CN glossary and punctuation rules on a fixture site
 * (fixtures/glossary): a forbidden rendering is reported at its line and
 * column in text, headings, tables, front matter and theme JSON; code is never
 * flagged; `--fix` rewrites exactly what the check reports and nothing without
 * the flag; TRANSLATING.md's glossary tables are generated and checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glossarySection } from './check.ts';
import { ZH_TERMS, glossaryTables } from './glossary.ts';
import { checkProseFile } from './prose-check.ts';
import { ZH_DOCS, copyFixture, fixtures, repoRoot, runCli } from './testing.ts';

const PAGE = `${ZH_DOCS}/scopes.mdx`;
const NAVBAR = 'i18n/zh-CN/docusaurus-theme-classic/navbar.json';
const pageText = readFileSync(path.join(fixtures, 'glossary', PAGE), 'utf8');

/** `line:col rule` of each problem, in order. */
const where = (text: string, file: string) => checkProseFile(text, file).map((p) => `${p.line}:${p.column} ${p.rule}`);

describe('zh-CN glossary check', () => {
  it('reports a forbidden rendering at its line and column, with the preferred rendering and the glossary entry', () => {
    const problems = checkProseFile(pageText, PAGE).filter((p) => p.rule === 'glossary');
    // Front matter title and sidebar_label, the h1, a paragraph (wrong gloss form 作用域 (Scope)), a table header.
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column}`),
      ['2:8', '3:16', '6:3', '8:8', '12:3'],
    );
    assert.equal(problems[3]!.message, '"作用域" → use "权限" (glossary: scope)');
    const { stdout } = runCli(path.join(fixtures, 'glossary'), ['check', '--no-theme', '--no-cache']);
    assert.match(stdout, new RegExp(`${PAGE.replace(/[/.]/g, '\\$&')}:8:8 i18n/glossary: "作用域" → use "权限" \\(glossary: scope\\)`));
  });

  it('checks the message strings of theme JSON files', () => {
    const text = readFileSync(path.join(fixtures, 'glossary', NAVBAR), 'utf8');
    assert.deepEqual(
      checkProseFile(text, NAVBAR).map((p) => `${p.line}:${p.column} ${p.message}`),
      ['3:17 "快速开始" → use "快速入门" (glossary: quick starts)'],
    );
    // Keys and descriptions are not prose; an escaped quote is left alone so a fix never breaks the JSON.
    const escaped = '{\n  "快速开始": { "message": "点击 \\"Shop\\" 按钮", "description": "作用域" }\n}\n';
    assert.deepEqual(checkProseFile(escaped, 'x.json'), []);
    JSON.parse(escaped);
  });

  it('never flags code: code blocks, their comments, inline code, MDX expressions, link targets, heading ids', () => {
    const lines = pageText.split('\n');
    const codeLines = new Set([16, 17, 18, 19, 23]); // the fence, the comment, the string, the fence, {'作用域'}
    for (const problem of checkProseFile(pageText, PAGE)) {
      assert.ok(!codeLines.has(problem.line), `code flagged at ${problem.line}:${problem.column}: ${lines[problem.line - 1]}`);
    }
    // Line 21 holds `作用域` as inline code next to a prose problem (the quotes): only the quotes are reported.
    assert.deepEqual(where(pageText, PAGE).filter((w) => w.startsWith('21:')), ['21:20 quotes']);
    const onlyCode =
      "```ts\n// 作用域 \"Shop\" 传统 Web\nconst a = '快速开始';\n```\n\n`作用域` [链接](/作用域) {'提供方'}\n\n## 标题 \\{#作用域}\n\n" +
      '<CodeBlock language="bash">echo 作用域</CodeBlock>\n\n段落 <code>作用域</code>。\n';
    assert.deepEqual(checkProseFile(onlyCode, 'code.mdx'), []);
  });

  it('reports gloss form: full-width punctuation inside, a stacked bracket, the English first; quotes between Chinese text', () => {
    assert.deepEqual(where(pageText, PAGE).filter((w) => w.startsWith('25:')), ['25:9 gloss', '25:36 gloss', '25:54 gloss']);
    const problems = checkProseFile('签发者（Issuer）和 “a” 以及 例如 "Shop"，和 the "Shop" sign\n', 'x.mdx');
    assert.deepEqual(
      problems.map((p) => `${p.column} ${p.rule}`),
      ['4 gloss', '24 quotes'],
    );
  });

  it('accepts the glossary glosses and terms that only contain a preferred rendering', () => {
    const text = ZH_TERMS.flatMap((t) => (t.gloss ? [`使用${t.gloss}。`] : [])).join('\n') + '\n组织权限 (Organization permission)、登出后重定向 URI (Post sign-out redirect URI)。\n';
    assert.deepEqual(checkProseFile(text, 'ok.mdx'), []);
  });
});

describe('i18n:check --fix', () => {
  it('changes nothing without --fix', () => {
    const { dir, cleanup } = copyFixture('glossary');
    try {
      const before = readFileSync(path.join(dir, PAGE), 'utf8');
      const { code } = runCli(dir, ['check', '--no-theme', '--no-cache']);
      assert.equal(code, 1);
      assert.equal(readFileSync(path.join(dir, PAGE), 'utf8'), before);
    } finally {
      cleanup();
    }
  });

  it('rewrites only what it reports: forbidden renderings, wrong glosses, quotes, the glossary tables', () => {
    const { dir, cleanup } = copyFixture('glossary');
    try {
      const reported = runCli(dir, ['check', '--no-theme', '--no-cache']).stdout;
      const fixableLines = reported.split('\n').filter((l) => /^\s+\S+:\d+:\d+ i18n\/\S+: /.test(l) && !l.includes('(not fixed by --fix)')).map((l) => l.trim());
      const { code, stdout } = runCli(dir, ['check', '--no-theme', '--no-cache', '--fix']);
      const fixed = stdout.split('\n').filter((l) => l.startsWith('fixed ') && !l.includes('TRANSLATING.md')).map((l) => l.slice('fixed '.length));
      assert.deepEqual(fixed, fixableLines, 'the fixes are exactly the fixable problems the check reported');

      const expected = pageText
        .replace('title: 作用域', 'title: 权限')
        .replace('sidebar_label: 作用域', 'sidebar_label: 权限')
        .replace('# 作用域 \\{#scopes}', '# 权限 \\{#scopes}')
        .replace('需要的作用域 (Scope)', '需要的权限 (Scope)')
        .replace('| 作用域 | 声明 |', '| 权限 | 声明 |')
        .replace('例如 "Shop"，', '例如“Shop”，');
      assert.equal(readFileSync(path.join(dir, PAGE), 'utf8'), expected);
      assert.match(readFileSync(path.join(dir, NAVBAR), 'utf8'), /"message": "快速入门"/);
      assert.ok(readFileSync(path.join(dir, 'TRANSLATING.md'), 'utf8').includes(glossaryTables()));
      assert.match(readFileSync(path.join(dir, 'TRANSLATING.md'), 'utf8'), /\n<!-- glossary:end -->\n\nThe end\.\n$/);

      // What remains needs a person: the gloss-form problems of line 25, and the command still fails on them.
      assert.equal(code, 1);
      assert.deepEqual(stdout.split('\n').filter((l) => l.includes('(not fixed by --fix)')).length, 3);
    } finally {
      cleanup();
    }
  });

  it('mark refuses a zh-CN file with glossary problems', () => {
    const { dir, cleanup } = copyFixture('glossary');
    try {
      const { code, stderr } = runCli(dir, ['mark', PAGE]);
      assert.equal(code, 1);
      assert.match(stderr, /refused .*scopes\.mdx: \d+ glossary or punctuation problem/);
      assert.match(stderr, /scopes\.mdx:8:8 i18n\/glossary: "作用域" → use "权限"/);
    } finally {
      cleanup();
    }
  });
});

describe('TRANSLATING.md glossary tables', () => {
  it('match tools/i18n/glossary.ts in this repository', () => {
    const section = glossarySection(repoRoot);
    assert.ok(section, 'TRANSLATING.md has no glossary markers');
    assert.ok(section.current, 'TRANSLATING.md is out of date: run `npm run i18n:check -- --fix`');
  });

  it('drift is reported at the marker line', () => {
    const { dir, cleanup } = copyFixture('glossary');
    try {
      writeFileSync(path.join(dir, NAVBAR), '{}\n');
      const { stdout } = runCli(dir, ['check', '--no-theme', '--no-cache']);
      assert.match(stdout, /TRANSLATING\.md:3:1 i18n\/glossary-table: the glossary tables differ from tools\/i18n\/glossary\.ts; run `npm run i18n:check -- --fix`/);
    } finally {
      cleanup();
    }
  });
});
