/**
 * Parity checks over fixture pairs that each break one rule, a clean pair
 * that breaks none, and the mark command refusing a file that fails.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkLocale } from './check.ts';
import { hashSource } from '../site/hash.ts';
import { SiteModel } from '../site/model.ts';
import { localeStatus } from '../site/translation-status.ts';
import { ZH_DOCS, copyFixture, fixtures, runCli } from './testing.ts';
import type { Violation } from './violation.ts';

const root = path.join(fixtures, 'parity');
const result = checkLocale(await SiteModel.open(root), 'zh-CN');

const violations = result.problems.filter((p): p is Violation => 'english' in p);

/** `rule en-line zh-line` for each violation of one English file, sorted. */
function found(file: string): string[] {
  return violations
    .filter((v) => v.english.file === `docs/${file}` && v.file === `${ZH_DOCS}/${file}`)
    .map((v) => `${v.code.replace('i18n/', '')} ${v.english.line} ${v.line}`)
    .sort();
}

function messages(file: string): string {
  return violations.filter((v) => v.english.file === `docs/${file}`).map((v) => v.message).join('\n');
}

/** `line:column message` of each violation in one translated file, in order. */
function placed(file: string): string[] {
  return violations.filter((v) => v.file === `${ZH_DOCS}/${file}`).map((v) => `${v.line}:${v.column} ${v.message}`);
}

describe('i18n parity', () => {
  it('passes a faithful translation (translated prose, labels and code comments)', () => {
    assert.deepEqual(found('clean.mdx'), []);
    assert.deepEqual(found('_installation.mdx'), []);
  });

  it('reports changed, missing and re-levelled heading ids, and headings without ids', () => {
    assert.deepEqual(found('heading-id.mdx'), ['heading-id 1 3', 'heading-id 11 11', 'heading-id 3 1', 'heading-id 7 7']);
    assert.match(messages('heading-id.mdx'), /#configure is missing/);
    assert.match(messages('heading-id.mdx'), /#configuration is in the translation/);
    assert.match(messages('heading-id.mdx'), /level 2 in English but level 3/);
    assert.match(messages('heading-id.mdx'), /"Sign out" has no explicit id/);
  });

  it('reports imports that differ', () => {
    assert.deepEqual(found('import.mdx'), ['import 1 2', 'import 2 1']);
    assert.match(messages('import.mdx'), /\.\/_config\.mdx \(default as Config\) is missing/);
  });

  it('reports a translation import that does not resolve', () => {
    const problem = result.problems.find((p) => p.file === `${ZH_DOCS}/import.mdx` && p.code === 'i18n/broken-import');
    assert.equal(problem?.line, 2);
    assert.match(problem!.message, /'\.\/_configuration\.mdx' does not resolve/);
  });

  it('status lists the target of an unresolved translation import as a missing fragment of the page', async () => {
    const page = localeStatus(await SiteModel.open(root), 'zh-CN').entries.find((e) => e.source === 'docs/import.mdx');
    // _installation.mdx is translated but never marked in this fixture, so it is outdated.
    assert.deepEqual(page?.fragments, [
      { source: 'docs/_installation.mdx', status: 'outdated', via: [] },
      { source: 'docs/_configuration.mdx', status: 'missing', via: [] },
    ]);
    assert.equal(page?.effective, 'outdated');
  });

  it('reports missing JSX components and changed props, but allows translated labels', () => {
    assert.deepEqual(found('jsx.mdx'), ['jsx 19 12', 'jsx 20 12', 'jsx-prop 6 6']);
    assert.match(messages('jsx.mdx'), /<details> is missing/);
    assert.match(messages('jsx.mdx'), /<Tabs> prop groupId: English "router", translation "路由"/);
  });

  it('reports changed link targets', () => {
    assert.deepEqual(found('link.mdx'), ['link 1 3', 'link 3 1']);
    assert.match(messages('link.mdx'), /link to \/organizations is missing/);
  });

  it('reports changed image sources and link definitions, at their lines', () => {
    // Both sides sort by URL; each side's unmatched URL is reported at its own line.
    assert.deepEqual(found('link-image.mdx'), ['link 1 3', 'link 1 7', 'link 3 1', 'link 7 1']);
    const text = messages('link-image.mdx');
    assert.match(text, /link to \/img\/sign-in-flow\.png is missing from the translation/);
    assert.match(text, /link to \/img\/zh\/sign-in-flow\.png is not in the English source/);
    assert.match(text, /link to https:\/\/docs\.logto\.io\/sdk\/next is missing from the translation/);
    assert.match(text, /link to https:\/\/docs\.logto\.io\/zh-CN\/sdk\/next is not in the English source/);
  });

  it('reports admonition kinds that differ', () => {
    assert.deepEqual(found('admonition.mdx'), ['admonition 3 9', 'admonition 9 3']);
    assert.match(messages('admonition.mdx'), /:::warning admonition is missing/);
  });

  it('reports code blocks that differ in more than comments, at the differing line and column', () => {
    assert.deepEqual(placed('code.mdx'), [
      "7:10 code blocks may differ only in comments: `'sample-next-app-router'` differs from `'你的应用 ID'`; copy the English code and translate only the comments (English: docs/code.mdx:7)",
    ]);
    // A <CodeBlock> inside another component's prop is a code block too, its place inside the template literal.
    assert.deepEqual(found('code-jsx.mdx'), ['code 6 6', 'jsx-prop 5 5']);
    assert.ok(placed('code-jsx.mdx').some((line) => line.startsWith('6:22 code blocks may differ only in comments')), placed('code-jsx.mdx').join('\n'));
  });

  it('names a translated identifier, a changed string, another language and a missing block, each at its place', () => {
    assert.deepEqual(placed('code-blocks.mdx'), [
      '7:14 code blocks may differ only in comments: `signInUrl` differs from `登录地址`; copy the English code and translate only the comments (English: docs/code-blocks.mdx:7)',
      "11:28 code blocks may differ only in comments: `'/sign-out'` differs from `'/登出'`; copy the English code and translate only the comments (English: docs/code-blocks.mdx:11)",
      '14:1 the block says `tsx` but the English block says `ts`; use the English language (English: docs/code-blocks.mdx:14)',
      '14:1 ```ts code block (title="app/extra.ts") is missing from the translation; copy it and translate only its comments (English: docs/code-blocks.mdx:18)',
    ]);
  });

  it('pairs code blocks by content: an added block is reported alone, the blocks around it still pair up', () => {
    assert.deepEqual(placed('_code-steps.mdx'), [
      '7:1 ```ts code block (title="app/one-and-a-half.ts") is in the translation but not in the English source; remove it or add it to the English file too (English: docs/_code-steps.mdx:1)',
      '15:1 hidden="2" hides other code than the English hidden="1"; keep the annotations of the English block (English: docs/_code-steps.mdx:9)',
    ]);
  });

  it('reports glossary terms translated away and API names changed', () => {
    const glossary = messages('glossary.mdx');
    assert.match(glossary, /"SDK" stays untranslated, but the translation never uses it/);
    assert.match(glossary, /inline code `getAccessToken` is missing/);
    // Translations of kept names are prose problems of the translation, at line and column.
    const prose = result.problems.filter((p) => 'rule' in p && p.file === `${ZH_DOCS}/glossary.mdx`).map((p) => `${p.line}:${p.column} ${p.message}`);
    assert.deepEqual(prose, ['3:2 "应用路由器" → use "App Router" (glossary: App Router)', '3:16 "软件开发工具包" → use "SDK" (glossary: SDK)']);
    // Logto was kept, so it is not reported.
    assert.doesNotMatch(glossary, /"Logto"/);
    assert.ok(found('glossary.mdx').every((line) => line.startsWith('glossary ')));
  });

  it('checks the glossary in fragments (_*.mdx) too, at the English line of the term', () => {
    assert.ok(found('_glossary-fragment.mdx').includes('glossary 1 1'), found('_glossary-fragment.mdx').join('\n'));
    assert.ok(found('_glossary-fragment.mdx').every((line) => line.startsWith('glossary ')));
    assert.match(messages('_glossary-fragment.mdx'), /"SDK" stays untranslated, but the translation never uses it/);
  });

  it('names both files and lines, and fails the command', () => {
    const { code, stdout } = runCli(root, ['check', '--no-theme']);
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}i18n\/zh-CN\/docusaurus-plugin-content-docs\/current\/code\.mdx:7:10 i18n\/code: code blocks may differ only in comments: .* \(English: docs\/code\.mdx:7\)$/m);
    assert.match(stdout, /i18n:check failed/);
  });

  it('--json prints one JSON document of the shared problems; under CI=true the annotations go to stderr', () => {
    const { code, stdout, stderr } = runCli(root, ['check', '--no-theme', '--json'], { ...process.env, CI: 'true' });
    assert.equal(code, 1);
    const data = JSON.parse(stdout) as { ok: boolean; errors: Violation[]; locales: Array<{ locale: string; pairs: number }> };
    assert.equal(data.ok, false);
    assert.deepEqual(data.locales.map((entry) => entry.locale), ['zh-CN']);
    const code7 = data.errors.find((error) => error.file === `${ZH_DOCS}/code.mdx`);
    assert.deepEqual([code7?.line, code7?.column, code7?.code, code7?.english], [7, 10, 'i18n/code', { file: 'docs/code.mdx', line: 7 }]);
    assert.equal(data.errors.length, result.problems.length);
    assert.match(stderr, new RegExp(`^::error file=${ZH_DOCS}/code\\.mdx,line=7,col=10,title=i18n/code::code blocks may differ only in comments`, 'm'));
  });
});

describe('i18n mark', () => {
  it('refuses a file that fails the checks and records the hash of one that passes', () => {
    const { dir, cleanup } = copyFixture('parity');
    try {
      const lock = path.join(dir, 'i18n/zh-CN/translation-lock.json');
      const refused = runCli(dir, ['mark', `${ZH_DOCS}/glossary.mdx`]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /refused .*glossary\.mdx: \d+ parity violation/);
      assert.match(refused.stderr, /"SDK" stays untranslated/);
      assert.equal(existsSync(lock), false, 'a refused mark must not write the lock file');

      const marked = runCli(dir, ['mark', `${ZH_DOCS}/clean.mdx`, `${ZH_DOCS}/code.mdx`, 'docs/missing-page.mdx']);
      assert.equal(marked.code, 1);
      assert.match(marked.stdout, /marked .*clean\.mdx/);
      assert.match(marked.stderr, /refused .*code\.mdx/);
      assert.match(marked.stderr, /refused .*missing-page\.mdx: no English source/);
      const files = (JSON.parse(readFileSync(lock, 'utf8')) as { files: Record<string, string> }).files;
      assert.deepEqual(Object.keys(files), ['docs/clean.mdx']);
      assert.equal(files['docs/clean.mdx'], hashSource(readFileSync(path.join(dir, 'docs/clean.mdx'), 'utf8')));
    } finally {
      cleanup();
    }
  });
});

describe('i18n bad input', () => {
  it('names the file and line of a translation that is not valid MDX', () => {
    const { dir, cleanup } = copyFixture('parity');
    try {
      writeFileSync(path.join(dir, ZH_DOCS, 'clean.mdx'), '# 标题\n\n一段文字。\n\n<Tabs>\n未闭合的组件\n');
      const { code, stdout } = runCli(dir, ['check', '--no-theme']);
      assert.equal(code, 1);
      assert.match(stdout, new RegExp(`${ZH_DOCS}/clean\\.mdx:\\d+:1 i18n/parse: ${ZH_DOCS}/clean\\.mdx:\\d+:\\d+: cannot parse MDX`));
    } finally {
      cleanup();
    }
  });

  it('names the lock file and says what to do when it is damaged', () => {
    const { dir, cleanup } = copyFixture('parity');
    try {
      writeFileSync(path.join(dir, 'i18n/zh-CN/translation-lock.json'), '{ "files": { "docs/clean.mdx": "not-a-hash" } }\n');
      const { code, stderr } = runCli(dir, ['status']);
      assert.equal(code, 1, 'a damaged lock file is a problem found in the repository (exit 1), not bad usage');
      assert.match(stderr, /i18n\/zh-CN\/translation-lock\.json:1: the entry for docs\/clean\.mdx is not a sha256 hex string\. Remove it and mark the file again/);
    } finally {
      cleanup();
    }
  });
});

describe('code block annotations', () => {
  it('reports a translated block that shows another file, hides other lines or drops an expected error', async () => {
    const { checkParity } = await import('./parity.ts');
    const english = ['# Setup \\{#setup}', '', '```ts title="app/logto.ts" hidden="1" expect-error="2322"', "import 'server-only';", "export const port: string = 3001;", '```', ''].join('\n');
    const translated = ['# 设置 \\{#setup}', '', '```ts title="app/config.ts" hidden="2"', "import 'server-only';", "export const port: string = 3001;", '```', ''].join('\n');
    const violations = checkParity(english, translated, { source: 'docs/a.mdx', translated: `${ZH_DOCS}/a.mdx` });
    const text = violations.map((v) => `${v.code} ${v.line} ${v.message}`).join('\n');
    assert.match(text, /^i18n\/code 3 title="app\/config\.ts" differs from the English title="app\/logto\.ts"/m);
    assert.match(text, /^i18n\/code 3 hidden="2" hides other code than the English hidden="1"/m);
    assert.match(text, /^i18n\/code 3 expected errors \(none\) differ from the English block's \(2322\)/m);
    assert.equal(checkParity(english, english.replace('# Setup', '# 设置'), { source: 'docs/a.mdx', translated: `${ZH_DOCS}/a.mdx` }).length, 0, 'the same annotations pass');
  });
});
