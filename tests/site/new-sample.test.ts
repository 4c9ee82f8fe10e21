/**
 * A new sample needs its folder, its guide and one entry in samples/registry.ts,
 * nothing else. A temporary copy of the repository gets a third sample (a
 * minimal Next.js app and a guide page that shows its files), declared with one
 * registry entry and no other edit. Then:
 * - the snippet checker checks the new guide's blocks against the new sample
 *   (an import that only it can resolve passes, a wrong type fails at its line);
 * - `npm run sample -- mini` starts the app with the local identity provider,
 *   which registers the new client with its redirect URI;
 * - the guide tests (tests/site/guide.test.ts) cover the new guide in every
 *   locale of the copy's build, the "Download sample" check included, and the
 *   router switcher of every guide links to it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freePort, stopGroup } from '../../tools/lib/processes.ts';
import { repoRoot } from './built-site.ts';
import { copySite, type SiteCopy } from './site-copy.ts';

const dir = 'samples/next-mini';
const guide = 'docs/quick-starts/next-mini/index.mdx';
const page = `import { greeting } from './greeting';

export default function Home() {
  return <p>{greeting}</p>;
}`;

const entry = `  {
    name: 'mini',
    title: 'Next.js mini sample',
    dir: '${dir}',
    guide: { page: '${guide}' },
    scratchDir: 'app',
    port: 3004,
    client: { id: 'sample-next-mini', secret: 'sample-mini-secret-not-for-production', envPrefix: 'IDP_MINI_' },
    callbackPath: '/callback',
    protectedApiPath: '/api/protected',
    shownInFull: ['app/page.tsx'],
  },
`;

const files: Record<string, string> = {
  [`${dir}/package.json`]: `${JSON.stringify({ name: '@samples/next-mini', private: true, type: 'module', scripts: { dev: 'next dev' } }, null, 2)}\n`,
  [`${dir}/tsconfig.json`]: readFileSync(path.join(repoRoot, 'samples/next-app-router/tsconfig.json'), 'utf8'),
  [`${dir}/next.config.ts`]: `export default {};\n`,
  [`${dir}/app/greeting.ts`]: `export const greeting = 'Hello from the mini sample.';\n`,
  [`${dir}/app/layout.tsx`]: `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  [`${dir}/app/page.tsx`]: `${page}\n`,
  [guide]: `---
slug: /quick-starts/next-mini
sidebar_label: Next.js (mini)
sidebar_custom_props:
  logoFilename: 'next.svg'
  darkLogoFilename: 'next-dark.svg'
  description: A minimal Next.js app, the third sample of the registry.
language: js
official_link: https://nextjs.org/docs
app_type: Traditional web
framework: Next.js (mini)
---

import FurtherReadings from '@fragments/_further-readings.md';

# Add a greeting to your minimal Next.js application

## The home page \\{#home-page}

The home page shows the greeting that the mini sample keeps in its own module.

\`\`\`tsx title="app/page.tsx"
${page}
\`\`\`

## A wrong type \\{#a-wrong-type}

This block assigns the greeting to a number on purpose.

\`\`\`ts title="app/count.ts"
import { greeting } from './greeting';

export const count: number = greeting;
\`\`\`

## Further readings \\{#further-readings}

<FurtherReadings />
`,
};

let site: SiteCopy;

before(() => {
  site = copySite();
  // The copy runs the repository's tests too.
  cpSync(path.join(repoRoot, 'tests'), path.join(site.dir, 'tests'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site.dir, file)), { recursive: true });
    site.write(file, text);
  }
  // The only edit of an existing file: the entry, appended to the registry's list of samples.
  site.edit('samples/registry.ts', (text) => {
    const end = text.indexOf('\n];\n', text.indexOf('export const samples'));
    assert.ok(end > 0, 'samples/registry.ts has no `export const samples = [ … ];` list');
    return `${text.slice(0, end + 1)}${entry}${text.slice(end + 1)}`;
  });
  // The sample zip lists committed files.
  spawnSync('git', ['add', '-A'], { cwd: site.dir });
  // next dev (Turbopack) resolves nothing through a link that leaves the project: node_modules becomes
  // hard links to the repository's files (same file system, no bytes copied), without its caches.
  rmSync(path.join(site.dir, 'node_modules'));
  const linked = spawnSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(site.dir, 'node_modules')], { encoding: 'utf8' });
  assert.equal(linked.status, 0, `cp -al node_modules failed: ${linked.stderr}`);
  rmSync(path.join(site.dir, 'node_modules/.cache'), { recursive: true, force: true });
});

after(() => site?.remove());

/** The environment of a command in the copy: without NODE_TEST_CONTEXT, a nested `node --test` prints its own report. */
function copyEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1', ...extra };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

/** Runs a command in the copy to its end. */
function runInCopy(args: string[]): Promise<{ code: number; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: site.dir, env: copyEnv() });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output, stdout }));
  });
}

test('the snippet checker checks the new guide against the new sample', { timeout: 600_000 }, async () => {
  const { code, output, stdout } = await runInCopy(['--import', 'tsx', 'tools/snippets/cli.ts', '--no-cache', '--json', '--files', guide]);
  // Standard output is the JSON document; under CI=true the annotations go to stderr.
  assert.equal(code, 1, `check:snippets should exit 1 (one planted error); it exited ${code} and printed:\n${output}`);
  const result = JSON.parse(stdout) as { errors: Array<{ file: string; line: number; code: string; checkedAs?: string[] }> };
  const wrongLine = files[guide]!.split('\n').indexOf('export const count: number = greeting;') + 1;
  // The page's block imports ./greeting, which only the new sample has: no error there.
  assert.deepEqual(
    result.errors.map((error) => [error.file, error.line, error.code, error.checkedAs]),
    [[guide, wrongLine, 'TS2322', [`${dir}/app/count.ts`]]],
  );
});

test('npm run sample -- mini starts the new sample with its client at the local identity provider', { timeout: 300_000 }, async () => {
  const [idpPort, samplePort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tools/sample/run-sample.ts', 'mini'], {
    cwd: site.dir,
    env: copyEnv({ IDP_PORT: String(idpPort), SAMPLE_PORT: String(samplePort), LOGTO_ENDPOINT: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      const check = () => (output.includes('Press Ctrl-C') ? resolve() : child.exitCode !== null ? reject(new Error(`npm run sample exited:\n${output}`)) : setTimeout(check, 250));
      check();
    });
    assert.match(output, new RegExp(`Sample app: +http://127\\.0\\.0\\.1:${samplePort} \\(Next\\.js mini sample\\)`));
    assert.match(output, new RegExp(`client: sample-next-mini \\(Next\\.js mini sample\\), redirect URI http://127\\.0\\.0\\.1:${samplePort}/callback`));

    const home = await fetch(`http://127.0.0.1:${samplePort}/`);
    assert.match(await home.text(), /Hello from the mini sample\./, output.slice(-2000));

    // The provider knows the client and its redirect URI: the authorization request goes on to its sign-in page.
    const authorize = new URL(`http://127.0.0.1:${idpPort}/oidc/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'sample-next-mini',
      redirect_uri: `http://127.0.0.1:${samplePort}/callback`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'v'.repeat(43),
      code_challenge_method: 'S256',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    assert.equal(response.status, 303, await response.text());
    assert.match(response.headers.get('location') ?? '', /\/interaction\//);

    child.kill('SIGINT');
    assert.equal(await exited, 0);
  } finally {
    await stopGroup(child, exited);
  }
});

test('the guide tests cover the new guide in every locale of the build', { timeout: 1_200_000 }, async () => {
  const build = await runInCopy([path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build']);
  assert.equal(build.code, 0, `the copy's build failed:\n${build.output.slice(-3000)}`);
  // The router switcher reads the registry too: the new guide has it, and the other guides link to the new one.
  const built = (route: string): string => readFileSync(path.join(site.dir, 'build', `${route}.html`), 'utf8');
  // (The build writes attributes without quotes where it can.)
  assert.match(built('quick-starts/next-mini'), /data-router-switcher[^<]*>[\s\S]*?data-router="?app\b[\s\S]*?data-router="?pages\b[\s\S]*?<\/nav>/, 'the new guide switches to both other guides');
  assert.match(built('quick-starts/next-app-router'), /data-router="?mini\b[^>]*href="?\/quick-starts\/next-mini/, 'the App Router guide links to the new guide');
  const { code, output } = await runInCopy(['--import', 'tsx', '--test', '--test-reporter=tap', 'tests/site/guide.test.ts']);
  assert.equal(code, 0, output.slice(-3000));
  // A suite per locale (it passes when all its checks do), the translated page and the files shown in full.
  const expected = [
    'Next.js mini sample guide, en: /quick-starts/next-mini',
    'Next.js mini sample guide, zh-CN: /zh-CN/quick-starts/next-mini',
    'Next.js mini sample guide: the zh-CN page is the translation',
    'Next.js mini sample guide: code blocks that show a whole sample file equal that file in samples/next-mini',
  ];
  const passed = new Set(output.split('\n').flatMap((line) => /^ok \d+ - (.*)$/.exec(line)?.[1] ?? []));
  assert.deepEqual(expected.filter((name) => !passed.has(name)), [], `tests of the new guide that did not pass:\n${output.slice(-2000)}`);
});
