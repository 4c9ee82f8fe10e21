/**
 * The replay's browser checks against the fake toolchain's app and provider
 * (fixtures/toolchain, started as `next start` and `npm run idp` would be),
 * in a real Chromium: each part of the app made wrong in turn fails its check,
 * at the guide block that wrote the file serving that route, saying what the
 * page lacked. Also the two rules behind a report: which files serve a route,
 * and what a failed browser step says.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testUser } from '../../samples/registry.ts';
import { freePort, startProcess, type ServerProcess } from '../lib/processes.ts';
import { checkpoints, routeFiles, whatFailed } from './checkpoints.ts';
import { ReplayError, type Place, type ReplayGuide, type ReplayStep } from './plan.ts';

const bin = fileURLToPath(new URL('./fixtures/toolchain/bin', import.meta.url));
type Write = Extract<ReplayStep, { kind: 'write' }>;

/**
 * A guide's blocks for the files of both routers, each at a line of its own
 * (its index), so that a report's line says which file it picked. Made up
 * here rather than read from the real guides: replay.test.ts follows those.
 */
const files = ['app/page.tsx', 'app/profile/page.tsx', 'app/products/page.tsx', 'app/api/products/route.ts', 'app/organizations/page.tsx', 'pages/index.tsx', 'pages/profile.tsx', 'pages/products.tsx', 'pages/api/products.ts', 'pages/organizations.tsx'];
const blocks = files.map((file, index): Write => ({ kind: 'write', file: `docs/guide/_${file.split('/')[0]}.mdx`, line: 10 + index, path: file, text: '', lineMap: [] }));
const plan: ReplayGuide = { name: 'test', page: 'docs/guide/index.mdx', guide: {} as ReplayGuide['guide'], steps: blocks };
/** The writers the replay would hold for a guide of one router. */
const writersOf = (router: string) => new Map(blocks.filter((block) => block.path.startsWith(`${router}/`)).map((block) => [block.path, block]));

/** The checks of a guide of `router` against the fake app with `breaks` wrong: the log and the error, if any. */
async function check(router: string, breaks?: string, writers = writersOf(router)) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replay-checks-'));
  const [appPort, idpPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${appPort}`;
  writeFileSync(path.join(dir, '.env.local'), `LOGTO_ENDPOINT=http://127.0.0.1:${idpPort}\nLOGTO_BASE_URL=${baseUrl}\n`);
  const env = { REPLAY_FAKE: JSON.stringify({ user: testUser, breaks }) };
  const servers: ServerProcess[] = [];
  const lines: string[] = [];
  try {
    // The fake toolchain's `next start` and `npm run idp`, as the replay starts them.
    servers.push(await startProcess({ name: 'next start', command: path.join(bin, 'npx'), args: ['next', 'start', '--hostname', '127.0.0.1', '--port', String(appPort)], cwd: dir, env, readyWhen: /Ready in/ }));
    servers.push(await startProcess({ name: 'npm run idp', command: path.join(bin, 'npm'), args: ['run', 'idp', '--', '--app-url', baseUrl, '--port', String(idpPort)], cwd: dir, env, readyWhen: /listening on/ }));
    const error = await checkpoints(plan, writers, baseUrl, (line) => lines.push(line), { timeoutMs: 1_500 }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    return { lines, error, baseUrl };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The place of the block that wrote the first of `files` there is. */
function routeWriter(router: string, routeFiles: string[]): Place {
  const block = blocks.find((candidate) => candidate.path === routeFiles.find((file) => file.startsWith(`${router}/`)))!;
  return { file: block.file, line: block.line };
}

const steps = ["sign in (with the provider's consent page)", 'greeting', 'user information', 'access token for the API resource', 'protected API call', 'organization token', 'sign out'];
const passed = (lines: string[]) => lines.filter((line) => line.startsWith('  ✓ '));

test('the app as the guide builds it passes every check, in order', { timeout: 60_000 }, async () => {
  const { lines, error } = await check('app');
  assert.equal(error, undefined, error instanceof Error ? error.message : '');
  assert.deepEqual(passed(lines), steps.map((step) => `  ✓ ${step}`));
});

const breaks: Array<{ breaks: string; step: string; app: string[]; pages: string[]; says: RegExp }> = [
  { breaks: 'sign-in', step: steps[0]!, app: ['app/page.tsx'], pages: ['pages/index.tsx'], says: /waiting for getByRole\('button', \{ name: 'Sign in' \}\)\.or\(getByRole\('link', \{ name: 'Sign in' \}\)\)/ },
  { breaks: 'consent', step: steps[0]!, app: ['app/page.tsx'], pages: ['pages/index.tsx'], says: /^page\.waitForURL: Timeout 1500ms exceeded\.$/ },
  { breaks: 'greeting', step: steps[1]!, app: ['app/page.tsx'], pages: ['pages/index.tsx'], says: /waiting for getByText\('Hello, Alice Liddell!'\)/ },
  { breaks: 'claims', step: steps[2]!, app: ['app/profile/page.tsx'], pages: ['pages/profile.tsx'], says: /waiting for getByRole\('rowheader', \{ name: 'sub' \}\)/ },
  { breaks: 'profile', step: steps[2]!, app: ['app/profile/page.tsx'], pages: ['pages/profile.tsx'], says: /waiting for getByText\('Through the Looking-Glass'\)/ },
  { breaks: 'products', step: steps[3]!, app: ['app/products/page.tsx'], pages: ['pages/products.tsx'], says: /waiting for getByRole\('listitem'\)\.filter\(\{ hasText: 'Looking-glass' \}\)/ },
  { breaks: 'api-products', step: steps[4]!, app: ['app/api/products/route.ts'], pages: ['pages/api/products.ts'], says: /^\/api\/products answered \{"error":"no token"\}$/ },
  { breaks: 'api-error', step: steps[4]!, app: ['app/api/products/route.ts'], pages: ['pages/api/products.ts'], says: new RegExp(`^/api/products answered 500: Internal Server Error: x{${300 - 'Internal Server Error: '.length}}$`) },
  { breaks: 'organizations', step: steps[5]!, app: ['app/organizations/page.tsx'], pages: ['pages/organizations.tsx'], says: /waiting for getByText\('urn:logto:organization:org-wonderland'\)/ },
  { breaks: 'organization-token', step: steps[5]!, app: ['app/organizations/page.tsx'], pages: ['pages/organizations.tsx'], says: /^\/api\/organization-token answered \{"audience":"urn:other"\}$/ },
  { breaks: 'sign-out', step: steps[6]!, app: ['app/page.tsx'], pages: ['pages/index.tsx'], says: /waiting for getByText\('You are not signed in\.'\)/ },
];

// Three at a time: each has its own app, provider and browser, and waits out a timeout.
describe('each part of the app made wrong', { concurrency: 3 }, () => {
  for (const [index, broken] of breaks.entries()) {
    // The two routers take turns, so that each check is seen to point at the files of both.
    const name = index % 2 === 0 ? 'pages' : 'app';
    test(`${name}: a wrong ${broken.breaks} fails the "${broken.step}" check at the block that wrote ${broken[name].join(' or ')}`, { timeout: 60_000 }, async () => {
      const { lines, error, baseUrl } = await check(name, broken.breaks);
      assert.ok(error instanceof ReplayError, String(error));
      assert.deepEqual(error.place, routeWriter(name, broken[name]));
      assert.equal(error.step, broken.step);
      // Three lines: what failed, the address, and the page's text on one line, at most 400 characters of it.
      const [first, at, text, ...more] = error.message.split('\n');
      assert.deepEqual(more, []);
      assert.ok(text!.length <= '    page text: '.length + 400, `${text!.length} characters`);
      assert.doesNotMatch(text!.slice('    page text: '.length), /\s{2}/);
      assert.ok(first!.startsWith(`${error.place.file}:${error.place.line} (${broken.step}): `));
      assert.match(first!.slice(`${error.place.file}:${error.place.line} (${broken.step}): `.length), broken.says);
      // Where the browser was: the app, or the provider's consent page when that failed.
      if (broken.breaks === 'consent') assert.match(at!, /^ {4}at http:\/\/127\.0\.0\.1:\d+\/consent\?redirect_uri=/);
      else assert.match(at!, new RegExp(`^ {4}at ${baseUrl}/`));
      assert.match(text!, /^ {4}page text: \S/);
      assert.deepEqual(passed(lines), steps.slice(0, steps.indexOf(broken.step)).map((step) => `  ✓ ${step}`), 'the checks before it passed');
    });
  }
});

test('a failure with no page to read still names the place and the address', { timeout: 60_000 }, async () => {
  const error = await checkpoints(plan, new Map(), `http://127.0.0.1:${await freePort()}`, () => undefined, { timeoutMs: 1_500 }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ReplayError, String(error));
  // No block wrote app/page.tsx: the failure points at the guide's page.
  assert.deepEqual(error.place, { file: plan.page, line: 1 });
  assert.match(error.message, /\(sign in \(with the provider's consent page\)\): page\.goto: net::ERR_CONNECTION_REFUSED/);
});

test('routeFiles: the App Router page and route handler, then the Pages Router page and API route', () => {
  assert.deepEqual(routeFiles('/'), ['app/page.tsx', 'app/route.ts', 'pages/index.tsx', 'pages/index.ts']);
  assert.deepEqual(routeFiles('/api/products'), ['app/api/products/page.tsx', 'app/api/products/route.ts', 'pages/api/products.tsx', 'pages/api/products.ts']);
});

test('whatFailed: the first line, with the call log\'s first "waiting for" line and without its colour codes', () => {
  const timeout = "locator.waitFor: Timeout 500ms exceeded.\nCall log:\n\u001b[2m  - waiting for getByText('Hello') to be visible\u001b[22m\n\u001b[2m  - waiting for something else\u001b[22m\n";
  assert.equal(whatFailed(timeout), "locator.waitFor: Timeout 500ms exceeded. (waiting for getByText('Hello') to be visible)");
  assert.equal(whatFailed('/api/products answered {"error":"no token"}'), '/api/products answered {"error":"no token"}');
  assert.equal(whatFailed('page.goto: net::ERR_CONNECTION_REFUSED\nCall log:\n  - navigating to "http://127.0.0.1:1/"'), 'page.goto: net::ERR_CONNECTION_REFUSED');
});
