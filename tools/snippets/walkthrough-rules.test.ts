/**
 * The walkthrough rules on small throwaway guides: an excerpt that does not
 * match, a whole-file block that drops an earlier export or config value, a
 * module the reader never sees, one they see only after the next checkpoint, a
 * package no step installs, and a guide that follows every rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SnippetsConfig } from './samples.config.ts';
import { withTempDir, writeFiles } from './testing.ts';
import { checkWalkthroughs } from './walkthrough-rules.ts';

const config: SnippetsConfig = {
  defaultLocale: 'en',
  locales: { en: { docs: 'docs', fragments: 'fragments' } },
  guides: [{ pages: ['guide/**'], sample: 'sample', scratchDir: 'app', walkthrough: { scaffoldPackages: ['next', 'react'] } }],
};

const sample = {
  'sample/tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, paths: { '@/*': ['./*'] } } }),
  'sample/app/config.ts': "export const config = { scopes: ['a'] };\n",
  'sample/lib/shop.ts': 'export const shop = 1;\n',
};

const install = `import InstallPackage from '@fragments/_install.mdx';

<InstallPackage packageName="jose" />
`;
const installFragment = `import CodeBlock from '@theme/CodeBlock';

<CodeBlock language="bash">{\`npm i \${props.packageName}\`}</CodeBlock>
`;

function run(page: string) {
  return withTempDir('walkthrough-', (dir) => {
    writeFiles(dir, { ...sample, 'fragments/_install.mdx': installFragment, 'docs/guide/index.mdx': page });
    return checkWalkthroughs(dir, config, ['docs/guide/index.mdx']);
  });
}

const fence = (meta: string, code: string) => `\`\`\`ts ${meta}\n${code}\n\`\`\`\n`;

test('a guide whose blocks build on each other passes', () => {
  const page = [
    install,
    fence('title="app/config.ts"', "export const config = { scopes: ['a'] };"),
    fence('title="app/config.ts"', "export const config = { scopes: ['a', 'b'], resources: ['r'] };"),
    fence('title="app/config.ts" excerpt', "export const config = { scopes: ['a', 'b'], resources: ['r'] };"),
    fence('title="app/use.ts"', "import { decodeJwt } from 'jose';\nimport { config } from './config';\nexport const x = [config, decodeJwt];"),
  ].join('\n');
  assert.deepEqual(run(page), []);
});

test('an excerpt that does not appear in the file as built so far fails at its fence', () => {
  const page = [fence('title="app/config.ts"', "export const config = { scopes: ['a'] };"), '', fence('title="app/config.ts" excerpt', "  scopes: ['z'],")].join('\n');
  const [problem, ...rest] = run(page);
  assert.deepEqual(rest, []);
  assert.equal(problem?.code, 'excerpt');
  assert.equal(problem?.line, 6);
  assert.match(problem!.message, /does not appear verbatim in app\/config\.ts .*docs\/guide\/index\.mdx:1/);
});

test('a whole-file block that drops an earlier export or config value fails, unless it is a rewrite with a reason', () => {
  const first = fence('title="app/config.ts"', "export const config = { scopes: ['a'], resources: ['r'] };\nexport const extra = 1;");
  const second = (meta: string) => fence(`title="app/config.ts"${meta}`, "export const config = { scopes: ['b'] };");
  const [problem, ...rest] = run([first, second('')].join('\n'));
  assert.deepEqual(rest, []);
  assert.equal(problem?.code, 'dropped');
  assert.equal(problem?.line, 6);
  for (const item of ['`config.resources`', "`config.scopes['a']`", 'the export `extra`']) assert.ok(problem!.message.includes(item), problem!.message);
  assert.deepEqual(run([first, second(' rewrite="the guide starts over with a smaller config"')].join('\n')), []);
});

test('a block that imports a sample module no block shows names the module', () => {
  const [problem, ...rest] = run(fence('title="app/page.ts"', "import { shop } from '../lib/shop';\nexport const x = shop;"));
  assert.deepEqual(rest, []);
  assert.equal(problem?.code, 'unseen');
  assert.equal(problem?.message, 'the reader never sees lib/shop.ts; show it or inline it');
  assert.deepEqual([problem?.line, problem?.column], [2, 22]);
});

test('a block that imports a package no install step installs names the package', () => {
  const page = fence('title="app/page.ts"', "import { createClient } from 'redis';\nimport { readFileSync } from 'node:fs';\nimport next from 'next/server';\nexport const x = [createClient, readFileSync, next];");
  const problems = run(page);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.line]),
    [['uninstalled', 2]],
  );
  assert.match(problems[0]!.message, /the package redis, which no install step of the guide installs; add <InstallPackage packageName="redis" \/>/);
});

test('a block that imports a module the guide shows only after the next checkpoint names both places', () => {
  const use = fence('title="app/page.ts"', "import { shop } from '@/lib/shop';\nexport const x = shop;");
  const shop = fence('title="lib/shop.ts"', 'export const shop = 1;');
  const checkpoint = '### Checkpoint: run your app \\{#checkpoint-run-your-app}\n';
  const section = '## Shop \\{#shop}\n';
  // Shown after the importing block but before the reader checks the app: fine.
  assert.deepEqual(run(['## Start \\{#start}\n', use, shop, checkpoint].join('\n')), []);
  // Shown only after an explicit checkpoint heading.
  const [problem, ...rest] = run(['## Start \\{#start}\n', use, checkpoint, section, shop].join('\n'));
  assert.deepEqual(rest, []);
  assert.equal(problem?.code, 'unseen-yet');
  assert.deepEqual([problem?.file, problem?.line, problem?.column], ['docs/guide/index.mdx', 4, 22]);
  assert.equal(
    problem?.message,
    'app/page.ts imports lib/shop.ts, which the reader first sees at docs/guide/index.mdx:12, after "Checkpoint: run your app" (docs/guide/index.mdx:8), where their app then does not compile; show it earlier or import it later',
  );
  // The end of a `##` section is a checkpoint too.
  const [atSectionEnd] = run(['## Start \\{#start}\n', use, section, shop].join('\n'));
  assert.match(atSectionEnd!.message, /after the end of "Start" \(docs\/guide\/index\.mdx:\d+\)/);
});
