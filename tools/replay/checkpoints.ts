/**
 * The guide's checkpoints in Chromium (playwright-core, the Debian build),
 * against the replayed app at baseUrl: sign in through the provider's consent
 * page, the greeting, user information, an access token for the API resource,
 * the protected API, an organization token, sign out. A failed step is
 * reported at the guide block that wrote the file serving its route.
 */
import { chromium } from 'playwright-core';
import { testUser } from '../../samples/registry.ts';
import { ReplayError, type Place, type ReplayGuide, type ReplayStep } from './plan.ts';

export interface CheckpointOptions {
  /** How long each browser action waits (the replay's default: 30 s). */
  timeoutMs?: number;
}

export async function checkpoints(plan: ReplayGuide, writers: Map<string, Extract<ReplayStep, { kind: 'write' }>>, baseUrl: string, log: (line: string) => void, options: CheckpointOptions = {}) {
  // The guide's block that wrote the file serving a route (App Router or Pages Router), else the page.
  const at = (route: string): Place => {
    const writer = routeFiles(route).map((file) => writers.get(file)).find((found) => found !== undefined);
    return writer ? { file: writer.file, line: writer.line } : { file: plan.page, line: 1 };
  };
  // Stryker disable next-line StringLiteral: routeFiles('') names the same files as routeFiles('/')
  const home = at('/');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    // A sign-in or sign-out control: a form button (server action) or a link (API route).
    const control = (name: string) => page.getByRole('button', { name }).or(page.getByRole('link', { name }));
    page.setDefaultTimeout(options.timeoutMs ?? 30_000);
    const step = async (place: Place, name: string, body: () => Promise<void>) => {
      try {
        await body();
        log(`  ✓ ${name}`);
      } catch (error) {
        const text = await page.locator('body').innerText().catch(() => '');
        throw new ReplayError(place, name, `${whatFailed((error as Error).message)}\n    at ${page.url()}\n    page text: ${text.slice(0, 400).replace(/\s+/g, ' ')}`);
      }
    };
    const json = async (route: string) => {
      const response = await page.goto(`${baseUrl}${route}`);
      const body = (await response!.text()).slice(0, 300);
      if (!response!.ok()) throw new Error(`${route} answered ${response!.status()}: ${body}`);
      return JSON.parse(body) as Record<string, unknown>;
    };

    await step(home, 'sign in (with the provider\'s consent page)', async () => {
      await page.goto(baseUrl);
      await page.getByText('You are not signed in.').waitFor();
      await control('Sign in').click();
      await page.getByLabel('Username or email').fill(testUser.username);
      await page.getByLabel('Password').fill(testUser.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Allow' }).click();
      await page.waitForURL((url) => url.origin === baseUrl);
    });
    await step(home, 'greeting', async () => {
      await page.getByText(`Hello, ${testUser.name}!`).waitFor();
    });
    await step(at('/profile'), 'user information', async () => {
      await page.getByRole('rowheader', { name: 'sub' }).waitFor();
      await page.goto(`${baseUrl}/profile`);
      await page.getByText(testUser.email).waitFor();
      // custom_data comes only from the userinfo endpoint (fetchUserInfo).
      await page.getByText('Through the Looking-Glass').waitFor();
    });
    await step(at('/products'), 'access token for the API resource', async () => {
      await page.goto(`${baseUrl}/products`);
      await page.getByRole('button', { name: 'Load products' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Looking-glass' }).waitFor();
    });
    await step(at('/api/products'), 'protected API call', async () => {
      const body = await json('/api/products');
      if (!JSON.stringify(body).includes('Pocket watch')) throw new Error(`/api/products answered ${JSON.stringify(body)}`);
    });
    await step(at('/organizations'), 'organization token', async () => {
      await page.goto(`${baseUrl}/organizations`);
      await page.getByText(`urn:logto:organization:${testUser.organization.id}`).waitFor();
      const body = await json('/api/organization-token');
      if (body.audience !== `urn:logto:organization:${testUser.organization.id}`) throw new Error(`/api/organization-token answered ${JSON.stringify(body)}`);
    });
    await step(home, 'sign out', async () => {
      await page.goto(baseUrl);
      await control('Sign out').click();
      await page.getByText('You are not signed in.').waitFor();
    });
  } finally {
    await browser.close();
  }
}

/** The files Next.js serves a route from: App Router page or route handler, Pages Router page or API route. */
export function routeFiles(route: string): string[] {
  const base = route === '/' ? '' : route;
  return [`app${base}/page.tsx`, `app${base}/route.ts`, `pages${base || '/index'}.tsx`, `pages${base || '/index'}.ts`];
}

/**
 * The first line of a failed check, with what Playwright was waiting for
 * (its call log's first "waiting for" line), so that a timeout says which
 * text or control the page lacked: `locator.waitFor: Timeout 30000ms exceeded.
 * (waiting for getByText('Hello, Alice Liddell!') to be visible)`.
 */
export function whatFailed(message: string): string {
  const [first = '', ...rest] = message.split('\n');
  // The call log is dimmed with terminal colour codes.
  const waiting = rest.map((line) => line.replace(/\u001b\[\d+m/g, '').trim()).find((line) => line.startsWith('- waiting for '));
  return waiting ? `${first} (${waiting.slice(2)})` : first;
}
