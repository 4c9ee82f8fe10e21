/**
 * The reader features in a real browser, in both locales: values entered in
 * the "Your app" panel show in the code blocks of other pages and in what the
 * copy button copies, secrets masked on screen but copied in full, clearing
 * restores the placeholders, the local identity provider button fills what
 * `npm run sample` uses, the router switcher lands on the same section, and
 * "Copy page" / "Download sample" give the twin and the configured zip.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { htmlText } from './built-site.ts';
import { serveSite, type ServedSite } from './served-site.ts';
import { fields } from '../../src/components/ReaderValues/fields.ts';
import { defaultIdpPort, sampleNamed } from '../../samples/registry.ts';

let site: ServedSite;

before(async () => {
  site = await serveSite();
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});

after(async () => {
  await site?.stop();
});

const values = {
  endpoint: 'https://k3x9tq.logto.app',
  appId: 'r2d2c3po4bb8',
  appSecret: 'Sup3rSecretValue-7q',
};

const blockSelector = (title: string) => `div[class*="codeBlockContainer"]:has(div[class*="codeBlockTitle"]:text-is("${title}"))`;

async function blockText(page: Page, title: string): Promise<string> {
  return (await page.locator(`${blockSelector(title)} pre`).first().textContent()) ?? '';
}

/** Waits (up to 5 s) until the block's visible text satisfies `check`; the assertion after it says what was there. */
async function waitForBlock(page: Page, title: string, check: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 5000;
  let text = await blockText(page, title);
  while (!check(text) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = await blockText(page, title);
  }
  return text;
}

async function copyBlock(page: Page, title: string): Promise<string> {
  const block = page.locator(blockSelector(title)).first();
  await block.hover();
  // The theme's copy button, labelled in the page's language.
  await block.locator('button[aria-label="Copy code to clipboard"], button[aria-label="复制代码到剪贴板"]').click();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function clearValues(page: Page): Promise<void> {
  await page.evaluate(() => window.localStorage.clear());
}

describe('"Your app" values in code blocks', () => {
  test('values typed with the keyboard on an English page show on a zh-CN page, masked secret copied in full, and clear restores the placeholders', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    await clearValues(page);
    await page.focus('details[data-reader-values] > summary');
    await page.keyboard.press('Enter');
    for (const value of [values.endpoint, values.appId, values.appSecret]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    await page.keyboard.press('Tab'); // base URL: left empty, keeps its placeholder
    await page.keyboard.press('Tab'); // cookie secret
    await page.keyboard.press('Tab'); // its Generate button
    await page.keyboard.press('Enter');
    const cookieSecret = await page.inputValue('details[data-reader-values] input[name="cookieSecret"]');
    assert.match(cookieSecret, /^[A-Za-z0-9_-]{43}$/, 'Generate did not fill a 32-byte base64url secret');

    // The guides read their settings from .env.local: its lines take the reader's values.
    const here = await waitForBlock(page, '.env.local', (text) => text.includes(values.appId));
    assert.ok(here.includes(`LOGTO_ENDPOINT=${values.endpoint}`) && here.includes(`LOGTO_APP_ID=${values.appId}`), `.env.local shows:\n${here}`);
    assert.ok(!here.includes(values.appSecret) && here.includes(`LOGTO_APP_SECRET=${'•'.repeat(values.appSecret.length)}`), 'the app secret is not masked on screen');
    assert.ok(here.includes('LOGTO_BASE_URL=http://localhost:3000'), 'the base URL placeholder should stay when no base URL is set');
    await page.close();

    // Another page, another locale: the Pages Router guide in Chinese.
    const other = await site.open('/zh-CN/quick-starts/next');
    const title = '.env.local';
    const shown = await waitForBlock(other, title, (text) => text.includes(values.appId));
    assert.ok(shown.includes(values.endpoint) && shown.includes(values.appId), `zh-CN ${title} shows:\n${shown}`);
    assert.ok(!shown.includes(values.appSecret) && !shown.includes(cookieSecret), 'a secret shows on screen before it is revealed');
    assert.ok(!shown.includes('LOGTO_APP_ID=my-next-app\n') && !shown.includes('my-next-app-secret-not-for-production'));

    const copied = await copyBlock(other, title);
    assert.ok(copied.includes(values.appSecret), `the copy lacks the full app secret:\n${copied}`);
    assert.ok(copied.includes(cookieSecret), 'the copy lacks the full cookie secret');
    assert.ok(copied.includes(values.appId) && copied.includes(values.endpoint));
    for (const field of fields.filter((candidate) => candidate.key !== 'baseUrl')) assert.ok(!copied.includes(`${field.env}=${field.guideValue}`), `the copy still has ${field.env}=${field.guideValue}`);
    assert.ok(!copied.includes('•'), 'the copy has the mask');

    await other.click('details[data-reader-values] > summary');
    await other.check('details[data-reader-values] input[type="checkbox"]');
    const revealed = await waitForBlock(other, title, (text) => text.includes(values.appSecret));
    assert.ok(revealed.includes(values.appSecret), 'Show secrets does not reveal the app secret');

    await other.click('details[data-reader-values] [data-clear-values]');
    const cleared = await waitForBlock(other, title, (text) => text.includes('LOGTO_APP_ID=my-next-app'));
    assert.ok(!cleared.includes(values.appId) && !cleared.includes(values.endpoint) && !cleared.includes(values.appSecret), `a value is left after clearing:\n${cleared}`);
    assert.ok(cleared.includes('LOGTO_APP_SECRET=my-next-app-secret-not-for-production'), `after clearing:\n${cleared}`);
    assert.equal(await other.evaluate(() => window.localStorage.getItem('logto-docs:your-app')), null);
    const copiedAfterClear = await copyBlock(other, title);
    assert.ok(copiedAfterClear.includes('LOGTO_APP_ID=my-next-app'));
    await other.close();
  });

  test('"Use the local identity provider" fills what npm run sample uses, in both locales', async () => {
    for (const [route, kind] of [
      ['/quick-starts/next-app-router', sampleNamed('app')],
      ['/zh-CN/quick-starts/next', sampleNamed('pages')],
    ] as const) {
      const page = await site.open(route);
      await clearValues(page);
      await page.click('details[data-reader-values] > summary');
      await page.click('details[data-reader-values] [data-local-idp]');
      const input = (name: string) => page.inputValue(`details[data-reader-values] input[name="${name}"]`);
      assert.equal(await input('endpoint'), `http://127.0.0.1:${defaultIdpPort}`);
      assert.equal(await input('appId'), kind.client.id);
      assert.equal(await input('appSecret'), kind.client.secret);
      assert.equal(await input('baseUrl'), `http://127.0.0.1:${kind.port}`);
      assert.ok((await input('cookieSecret')).length >= 32);
      await clearValues(page);
      await page.close();
    }
  });

  test('the server HTML has the placeholders, in both locales', async () => {
    for (const route of ['/quick-starts/next-app-router', '/zh-CN/quick-starts/next']) {
      const html = await (await fetch(`${site.origin}${route}`)).text();
      const code = [...html.matchAll(/<pre[\s\S]*?<\/pre>/g)].map((match) => htmlText(match[0])).join('\n');
      for (const field of fields) assert.ok(code.includes(field.placeholder), `${route}: no code block of the server HTML has ${field.placeholder}`);
    }
  });
});

describe('router switcher', () => {
  for (const prefix of ['', '/zh-CN']) {
    test(`lands on the same section of the other guide and the gallery remembers it (${prefix || 'en'})`, async () => {
      const page = await site.open(`${prefix}/quick-starts/next-app-router#configure-redirect-uris`);
      await page.waitForFunction(() => (document.getElementById('configure-redirect-uris')?.getBoundingClientRect().top ?? 9999) < 200);
      await page.click('[data-router-switcher] a[data-router="pages"]');
      await page.waitForURL(`${site.origin}${prefix}/quick-starts/next#configure-redirect-uris`);
      await page.waitForFunction(() => {
        const top = document.getElementById('configure-redirect-uris')?.getBoundingClientRect().top;
        return top !== undefined && top >= 0 && top < 200;
      }, undefined, { timeout: 5000 });

      // A section whose id differs: Prepare API routes ↔ Handle callback.
      await page.goto(`${site.origin}${prefix}/quick-starts/next#prepare-api-routes`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForFunction(() => (document.getElementById('prepare-api-routes')?.getBoundingClientRect().top ?? 9999) < 200);
      await page.click('[data-router-switcher] a[data-router="app"]');
      await page.waitForURL(`${site.origin}${prefix}/quick-starts/next-app-router#handle-callback`);

      // The last choice was the App Router: its card comes first, marked.
      await page.goto(`${site.origin}${prefix}/quick-starts`);
      await page.waitForSelector('li[data-last-used]');
      assert.equal(await page.locator('li[data-app-type]').first().locator('a').getAttribute('href'), `${prefix}/quick-starts/next-app-router`);
      await page.close();
      const back = await site.open(`${prefix}/quick-starts/next`);
      await back.goto(`${site.origin}${prefix}/quick-starts`);
      await back.waitForSelector('li[data-last-used]');
      assert.equal(await back.locator('li[data-last-used] a').first().getAttribute('href'), `${prefix}/quick-starts/next`);
      await back.close();
    });
  }
});

describe('page actions', () => {
  test('Copy page copies the Markdown twin and View as Markdown links it (zh-CN)', async () => {
    const page = await site.open('/zh-CN/quick-starts/next-app-router');
    await clearValues(page);
    assert.equal(await page.getAttribute('[data-view-markdown]', 'href'), '/zh-CN/quick-starts/next-app-router.md');
    await page.click('[data-copy-page]');
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.startsWith('# ')));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const twin = await (await fetch(`${site.origin}/zh-CN/quick-starts/next-app-router.md`)).text();
    assert.equal(copied, twin);
    assert.match(copied, /^# 为你的 Next\.js \(App Router\) 应用添加认证/);
    await page.close();
  });

  test('Download sample loads fflate on the click only and gives the sample with the values in .env.local', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    await clearValues(page);
    await page.evaluate((entered) => window.localStorage.setItem('logto-docs:your-app', JSON.stringify(entered)), values);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.json')) scripts.push(request.url());
    });
    await page.waitForTimeout(300);
    const before = scripts.length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-sample]')]);
    assert.ok(scripts.length > before, 'the click loaded no code or files');
    assert.ok(scripts.slice(before).some((url) => url.endsWith('/samples/next-app-router.json')), 'the click did not fetch the files');
    assert.ok(scripts.slice(before).some((url) => url.endsWith('.js')), 'the zip code (fflate) was not loaded by the click but before it');
    assert.equal(download.suggestedFilename(), 'next-app-router.zip');
    const zip = unzipSync(readFileSync(await download.path()));
    const env = strFromU8(zip['next-app-router/.env.local']!);
    assert.match(env, new RegExp(`^LOGTO_APP_ID=${values.appId}$`, 'm'));
    assert.match(env, new RegExp(`^LOGTO_APP_SECRET=${values.appSecret}$`, 'm'));
    assert.match(env, /^LOGTO_BASE_URL=http:\/\/localhost:3000$/m);
    assert.ok(zip['next-app-router/README.md'] && zip['next-app-router/app/logto.ts']);
    await clearValues(page);
    await page.close();
  });
});
