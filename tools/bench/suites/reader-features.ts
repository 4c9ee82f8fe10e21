/**
 * What each reader feature (the "Your app" values, Copy page / View as
 * Markdown, Download sample, the router switcher) adds to the first load of a
 * quick-start guide: the gzip size of the HTML, scripts and styles Chromium
 * loads before any click, in a build with every feature against builds with one
 * feature (or all) switched off (DOCS_READER_FEATURES_OFF, see
 * src/plugins/reader-features), all made in this run. Target: all features
 * together add at most 15 KiB gzip; the zip code (fflate) must load on the
 * click only, so it is reported separately and must not be in the first load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchSuite } from '../run.ts';
import { launchBrowser } from '../../../tests/e2e/helpers/browser.ts';
import { freePort, startProcess } from '../../lib/processes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const guide = 'quick-starts/next-app-router.html';
const targetKiB = 15;

interface Weight {
  /** Files the page loads before any click (HTML, scripts, styles), site-relative. */
  files: string[];
  bytes: number;
  /** Scripts a click on "Download sample" loads (none of them in `files`), when measured. */
  onClick?: { files: string[]; bytes: number };
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

/**
 * What Chromium loads for the guide until it is hydrated and the network is
 * idle (the route chunks are requested by the runtime, not listed in the
 * HTML), weighed as the gzip size of each file of the build.
 */
async function firstLoad(outDir: string, clickDownload = false): Promise<Weight> {
  const port = await freePort();
  const server = await startProcess({
    name: 'docusaurus serve',
    command: process.execPath,
    args: [docusaurus, 'serve', '--dir', outDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    cwd: root,
    readyWhen: /Serving/,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${port}`;
    const files = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && ['script', 'stylesheet', 'document', 'fetch'].includes(request.resourceType())) files.add(url.pathname);
    });
    await page.goto(`${origin}/${guide.replace(/\.html$/, '')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    const onDisk = (urls: Iterable<string>) =>
      [...urls]
        .map((file) => (file.endsWith('/') || !path.extname(file) ? `${file.replace(/\/$/, '')}.html` : file).slice(1))
        .filter((file) => existsSync(path.join(outDir, file)));
    const weigh = (list: string[]) => list.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0);
    const existing = onDisk(files);
    const weight: Weight = { files: existing, bytes: weigh(existing) };
    if (clickDownload) {
      const before = new Set(files);
      await Promise.all([page.waitForEvent('download'), page.click('[data-download-sample]')]);
      const added = onDisk([...files].filter((file) => !before.has(file) && file.endsWith('.js')));
      weight.onClick = { files: added, bytes: weigh(added) };
    }
    return weight;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Builds and bundler caches are keyed without the environment, so each variant builds cold. */
function clearCaches(): void {
  for (const dir of ['.docusaurus', 'node_modules/.cache']) rmSync(path.join(root, dir), { recursive: true, force: true });
}

async function build(off: string, clickDownload = false): Promise<{ outDir: string; weight: Weight }> {
  clearCaches();
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-reader-'));
  const result = spawnSync(process.execPath, [docusaurus, 'build', '--locale', 'en', '--out-dir', outDir], {
    cwd: root,
    env: { ...process.env, DOCS_READER_FEATURES_OFF: off },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`docusaurus build (DOCS_READER_FEATURES_OFF=${off}) failed:\n${result.stdout}\n${result.stderr}`);
  return { outDir, weight: await firstLoad(outDir, clickDownload) };
}

/** The script chunk that holds the zip code (found by a string only build-zip.ts has). */
function zipChunk(outDir: string): string | undefined {
  const dir = path.join(outDir, 'assets/js');
  return readdirSync(dir).find((file) => file.endsWith('.js') && /Written by \\?"Download sample/.test(readFileSync(path.join(dir, file), 'utf8')));
}

const suite: BenchSuite = {
  name: 'reader-features',
  async run() {
    const dirs: string[] = [];
    try {
      const full = await build('', true);
      dirs.push(full.outDir);
      const none = await build('all');
      dirs.push(none.outDir);
      const deltas: Array<[string, string, number]> = [];
      for (const [feature, label] of [
        ['values', '"Your app" values in code (panel + token replacement)'],
        ['switcher', 'router switcher'],
        ['download', 'Download sample button (zip code loads on click)'],
        ['page-actions', 'Copy page / View as Markdown (with the Download button)'],
      ] as const) {
        const without = await build(feature);
        dirs.push(without.outDir);
        deltas.push([feature, label, full.weight.bytes - without.weight.bytes]);
      }
      const download = deltas.find(([feature]) => feature === 'download')![2];
      for (const [feature, label, bytes] of deltas) {
        // Page actions host the Download button; report them without it.
        const own = feature === 'page-actions' ? bytes - download : bytes;
        console.log(`${label}: +${kib(own)} gzip on the guide's first load`);
      }
      const total = full.weight.bytes - none.weight.bytes;
      console.log(`all reader features together: +${kib(total)} gzip (guide first load ${kib(full.weight.bytes)} vs ${kib(none.weight.bytes)} without them) → ${(total / 1024 / targetKiB).toFixed(3)} of the ${targetKiB} KiB budget, target <= 1: ${total <= targetKiB * 1024 ? 'met' : 'MISSED'}`);
      console.log('Markdown twins and llms.txt: +0 KiB (written at build time; the page only links them)');
      const click = full.weight.onClick;
      const chunk = zipChunk(full.outDir);
      if (!click || click.files.length === 0 || !chunk || !click.files.includes(`assets/js/${chunk}`)) {
        console.log(`zip code: the click on "Download sample" loaded ${click?.files.join(', ') || 'no script'}; expected the chunk with build-zip.ts and fflate: MISSED`);
      } else {
        const early = click.files.filter((file) => full.weight.files.includes(file));
        console.log(`zip code (fflate + build-zip.ts), loaded by the click: ${kib(click.bytes)} gzip in ${click.files.length} script(s), none in the first load: ${early.length === 0 ? 'met' : `MISSED (${early.join(', ')})`}`);
      }
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      clearCaches(); // leave no variant's cache for the next normal build
    }
  },
};

export default suite;
