/**
 * The production build served on a free loopback port with `docusaurus serve`,
 * and a headless Chromium to read it, for the site's browser tests.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/helpers/browser.ts';
import { freePort, startProcess, type ServerProcess } from '../../tools/lib/processes.ts';
import { buildDir, ensureBuild, repoRoot } from './built-site.ts';

export interface ServedSite {
  origin: string;
  context: BrowserContext;
  /** Opens a route and waits for React to hydrate, or clicks would land on static HTML. */
  open(route: string): Promise<Page>;
  stop(): Promise<void>;
}

export async function serveSite(): Promise<ServedSite> {
  ensureBuild();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ServerProcess = await startProcess({
    name: 'docusaurus serve',
    command: process.execPath,
    args: [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'serve', '--dir', buildDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    cwd: repoRoot,
    readyWhen: /Serving "/,
  });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const context = await browser.newContext();
  return {
    origin,
    context,
    async open(route) {
      const page = await context.newPage();
      await page.goto(`${origin}${route}`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      return page;
    },
    async stop() {
      await browser?.close();
      await server.stop();
    },
  };
}

/**
 * The h1 of the page after a click navigates to `url`. A client-side navigation
 * changes the URL before React renders the new page, so this waits (up to 10 s)
 * for an h1 matching `expected`; the caller's assertion then reports what was there.
 */
export async function headingAfterNavigation(page: Page, url: string, expected: RegExp): Promise<string> {
  await page.waitForURL(url);
  await page
    .locator('h1', { hasText: expected })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  return (await page.textContent('h1')) ?? '';
}
