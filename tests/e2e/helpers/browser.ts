/** Headless Debian Chromium through playwright-core, and the sign-in steps a person takes. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from 'playwright-core';
import { testUser } from '../../../samples/registry.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with "apt-get install chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The local identity provider's test user (samples/registry.ts). */
export const alice = testUser;

/** The sample's sign-in or sign-out control: a button (App Router sample) or a link (Pages Router sample). */
function control(page: Page, name: string) {
  return page.getByRole('button', { name }).or(page.getByRole('link', { name }));
}

/** From the sample's home page through the provider's sign-in and consent pages, back home signed in. */
export async function signInThroughProvider(page: Page, sampleBaseUrl: string, user = alice): Promise<void> {
  await page.goto(`${sampleBaseUrl}/`);
  await control(page, 'Sign in').click();
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(`${sampleBaseUrl}/`);
  await page.getByText(`Hello, ${user.name}!`).waitFor();
}

export async function signOut(page: Page, sampleBaseUrl: string): Promise<void> {
  await page.goto(`${sampleBaseUrl}/`);
  await control(page, 'Sign out').click();
  await page.waitForURL(`${sampleBaseUrl}/`);
  await page.getByText('You are not signed in.').waitFor();
}

/** The sample's session cookie in a browser context; fails the test when it is not set. */
export async function sessionCookie(context: BrowserContext, sampleBaseUrl: string, cookieName: string): Promise<Cookie> {
  const cookie = (await context.cookies(sampleBaseUrl)).find((item) => item.name === cookieName);
  assert.ok(cookie, `the session cookie ${cookieName} is set`);
  return cookie;
}
