/**
 * Code blocks are highlighted once, at build time: the server HTML already
 * carries both colour modes, hydration keeps every block's DOM nodes (no
 * remount, no Prism in the browser), and switching to dark mode restyles the
 * tokens through CSS without React touching the block. The blocks stay small
 * for the browser to lay out: no element that changes nothing a reader sees
 * (a span around text coloured as plain text, a <br> after a block-level
 * line), and selecting lines still copies them line by line. Real Chromium on
 * the production build.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { prismSettings } from '../../src/plugins/code-highlight/prism.ts';
import { readableColor } from '../../src/plugins/code-highlight/theme-css.ts';
import { attributeValues, readHtml } from './built-site.ts';
import type { Page } from 'playwright-core';
import { serveSite, type ServedSite } from './served-site.ts';

const guides = ['/quick-starts/next-app-router', '/zh-CN/quick-starts/next-app-router', '/quick-starts/next'];

let site: ServedSite;

/** The toggle cycles through the modes (system, light, dark): click until dark, as a reader would. */
async function switchToDark(page: Page): Promise<void> {
  for (let click = 0; click < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark'; click++) {
    await page.click('.navbar button[title*="mode" i]');
  }
}

/** The choice is stored for the whole browser context: back to the default for the next tests (Docusaurus namespaces the key: `theme-<hash>`). */
async function forgetMode(page: Page): Promise<void> {
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('theme')).forEach((key) => localStorage.removeItem(key)));
}

before(async () => {
  site = await serveSite();
  // Runs in every page before its scripts: when parsing ends (readyState
  // "interactive", before the deferred bundles run and hydrate), keep a
  // reference to every code block element the server sent.
  await site.context.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const nodes = [...document.querySelectorAll('.theme-code-block pre, .theme-code-block .token-line, .theme-code-block .token')];
      (window as unknown as { __serverCodeNodes: Element[] }).__serverCodeNodes = nodes;
    });
  });
});
after(async () => {
  await site?.stop();
});

describe('server HTML of code blocks', () => {
  test('tokens carry classes, not inline colours, and the page styles them for both modes', () => {
    const html = readHtml('en', '/quick-starts/next-app-router');
    const tokenCount = (html.match(/class="token /g) ?? []).length;
    assert.ok(tokenCount > 500, `only ${tokenCount} highlighted tokens in the guide's HTML`);
    assert.ok(!/<span[^>]*class="token [^"]*"[^>]*style=/.test(html), 'a token has an inline style');
    assert.ok(!attributeValues(html, 'style').some((style) => style.includes('--prism-color')), 'a block has the inline colours of one mode');
    assert.match(html, /\[data-theme=['"]?light['"]?\] \.token\.keyword/);
    assert.match(html, /\[data-theme=['"]?dark['"]?\] \.token\.keyword/);
  });

  test('the browser bundles carry no Prism', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const hasPrism = await page.evaluate(() => 'Prism' in window);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    await page.close();
    assert.equal(hasPrism, false, 'window.Prism exists: the theme loaded Prism in the browser');
    for (const script of scripts) {
      const body = await (await fetch(script)).text();
      assert.ok(!body.includes('languages.markup'), `${script} bundles Prism`);
    }
  });
});

describe('computed code blocks', () => {
  // JSX <CodeBlock>s whose text comes from a fragment's props: the install
  // fragment's package managers and the guide's create-next-app command.
  const computed = [
    { text: 'npm i @logto/next', html: /<span class="token function">npm<\/span> i @logto\/next/ },
    { text: 'pnpm add @logto/next', html: /<span class="token function">pnpm<\/span> <span class="token function">add<\/span> @logto\/next|<span class="token function">pnpm<\/span> add @logto\/next/ },
    { text: 'yarn add @logto/next', html: /<span class="token function">yarn<\/span> <span class="token function">add<\/span> @logto\/next|<span class="token function">yarn<\/span> add @logto\/next/ },
    { text: 'npx create-next-app@16 my-app --ts --app --yes', html: /create-next-app@16 my-app <span class="token parameter variable">--ts<\/span> --app <span class="token parameter variable">--yes<\/span>/ },
  ];
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`${locale}: the server HTML has them highlighted, with the props' values in place`, () => {
      const html = readHtml(locale, '/quick-starts/next-app-router');
      for (const block of computed) assert.match(html, block.html, `"${block.text}" is not highlighted in the ${locale} guide's HTML`);
      assert.match(html, /<span class="token builtin class-name">cd<\/span> my-app/, 'the second line of the create-next-app block is not highlighted');
    });
  }

  test('a page rendered in the browser (client-side navigation) highlights them too', async () => {
    const page = await site.open('/quick-starts');
    await page.click('a[href="/quick-starts/next-app-router"]');
    await page.waitForURL(/\/quick-starts\/next-app-router$/);
    const block = page.locator('.theme-code-block pre', { hasText: 'npm i @logto/next' }).first();
    await block.waitFor();
    const tokens = await block.locator('.token').evaluateAll((nodes) => nodes.map((node) => [node.className, node.textContent]));
    await page.close();
    assert.deepEqual(tokens, [['token function', 'npm']]);
  });

  test('both colour modes colour them', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const command = page.locator('.theme-code-block pre .token.function', { hasText: /^npm$/ }).first();
    const plain = page.locator('.theme-code-block pre', { hasText: 'npm i @logto/next' }).first();
    const colours = async () => [await command.evaluate((node) => getComputedStyle(node).color), await plain.evaluate((node) => getComputedStyle(node).color)];
    const light = await colours();
    await switchToDark(page);
    const dark = await colours();
    await forgetMode(page);
    await page.close();
    assert.notEqual(light[0], light[1], 'in light mode the command has the colour of plain text');
    assert.notEqual(dark[0], dark[1], 'in dark mode the command has the colour of plain text');
    assert.notEqual(light[0], dark[0], 'the command keeps its light colour in dark mode');
  });
});

describe('hydration', () => {
  for (const route of guides) {
    test(`${route}: every code block node the server sent is still in the page after hydration`, async () => {
      const page = await site.open(route);
      const result = await page.evaluate(() => {
        const before = (window as unknown as { __serverCodeNodes?: Element[] }).__serverCodeNodes ?? [];
        const now = [...document.querySelectorAll('.theme-code-block pre, .theme-code-block .token-line, .theme-code-block .token')];
        const kept = new Set(before);
        return {
          before: before.length,
          now: now.length,
          detached: before.filter((node) => !node.isConnected).length,
          added: now.filter((node) => !kept.has(node)).length,
        };
      });
      await page.close();
      assert.ok(result.before > 500, `only ${result.before} code nodes marked before hydration`);
      assert.equal(result.detached, 0, `${result.detached} of ${result.before} server code nodes were removed by hydration`);
      assert.equal(result.added, 0, `${result.added} code nodes were created by the browser`);
      assert.equal(result.now, result.before);
    });
  }
});

describe('colour modes', () => {
  test('switching to dark restyles the tokens without React touching the block', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    await page.evaluate(() => {
      const scope = window as unknown as { __codeMutations: number };
      scope.__codeMutations = 0;
      const observer = new MutationObserver((records) => {
        scope.__codeMutations += records.length;
      });
      for (const block of document.querySelectorAll('.theme-code-block pre')) observer.observe(block, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const keyword = page.locator('.theme-code-block .token.keyword').first();
    const color = () => keyword.evaluate((node) => getComputedStyle(node).color);
    const background = () => page.locator('.theme-code-block pre').first().evaluate((node) => getComputedStyle(node).backgroundColor);
    const light = { color: await color(), background: await background() };
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    await switchToDark(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the colour mode toggle never reached dark mode');
    const dark = { color: await color(), background: await background() };
    const mutations = await page.evaluate(() => (window as unknown as { __codeMutations: number }).__codeMutations);
    await page.close();

    const rgb = (hex: string) => {
      const value = hex.startsWith('#') ? hex.slice(1) : hex;
      return `rgb(${[0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)).join(', ')})`;
    };
    const darkKeyword = prismSettings.darkTheme.styles.find((entry) => entry.types.includes('keyword') && !entry.languages)!.style.color!;
    const expected = readableColor(darkKeyword, prismSettings.darkTheme.plain.backgroundColor!);
    assert.notEqual(dark.color, light.color, 'the keyword colour did not change with the mode');
    assert.equal(dark.color, expected.startsWith('#') ? rgb(expected) : expected.replace(/\s+/g, ' '));
    assert.equal(dark.background, rgb(prismSettings.darkTheme.plain.backgroundColor!));
    assert.equal(mutations, 0, `the code blocks' DOM changed ${mutations} times when the mode switched`);
  });
});

describe('elements the reader cannot see', () => {
  test('a line ends without a <br>: only an empty line keeps one', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const lines = await page.locator('.theme-code-block .token-line').evaluateAll((nodes) =>
      nodes.map((node) => ({ text: node.textContent, breaks: node.querySelectorAll('br').length, height: node.getBoundingClientRect().height })),
    );
    await page.close();
    const withBreak = lines.filter((line) => line.text !== '' && line.breaks > 0);
    assert.ok(lines.length > 300, `only ${lines.length} code lines in the guide`);
    assert.deepEqual(withBreak.slice(0, 3), [], `${withBreak.length} of ${lines.length} non-empty code lines end with a <br>`);
    const empty = lines.filter((line) => line.text === '');
    assert.ok(empty.length > 0, 'no empty code line in the guide');
    const lineHeight = lines.find((line) => line.text !== '')!.height;
    assert.deepEqual(empty.filter((line) => line.height !== lineHeight), [], 'an empty code line is not one line high');
  });

  test('no token span looks, in both colour modes, like the plain text around it or like the token just before it', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    // Start from the default mode, whatever an earlier test chose.
    await forgetMode(page);
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    // Colour, style, weight, decoration and background of each token, of its block's text, and whether the
    // token right before it (no text between them) is another token.
    const looks = () =>
      page.locator('.theme-code-block .token').evaluateAll((nodes) =>
        nodes.map((node) => {
          const properties = ['color', 'fontStyle', 'fontWeight', 'textDecorationLine', 'backgroundColor'] as const;
          const [token, text] = [getComputedStyle(node), getComputedStyle(node.closest('pre')!)];
          return {
            token: `${node.className}: ${node.textContent}`,
            look: properties.map((property) => token[property]).join(' '),
            plain: properties.map((property) => (property === 'backgroundColor' ? 'rgba(0, 0, 0, 0)' : text[property])).join(' '),
            afterToken: node.previousSibling instanceof Element && node.previousSibling.classList.contains('token'),
          };
        }),
      );
    const light = await looks();
    await switchToDark(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the colour mode toggle never reached dark mode');
    const dark = await looks();
    await forgetMode(page);
    await page.close();
    assert.ok(light.length > 500, `only ${light.length} tokens in the guide`);
    const plainInBoth = light.filter((token, index) => token.look === token.plain && dark[index]!.look === dark[index]!.plain).map((token) => token.token);
    assert.deepEqual(plainInBoth.slice(0, 5), [], `${plainInBoth.length} of ${light.length} token spans look like the plain text around them in both modes`);
    const likeBefore = light.flatMap((token, index) =>
      token.afterToken && token.look === light[index - 1]!.look && dark[index]!.look === dark[index - 1]!.look ? [`${light[index - 1]!.token} | ${token.token}`] : [],
    );
    assert.deepEqual(likeBefore.slice(0, 5), [], `${likeBefore.length} token spans look like the token span right before them in both modes`);
  });

  test('selecting several lines, an empty one among them, and copying gives them with their newlines', async () => {
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await site.open('/quick-starts/next-app-router');
    const block = page.locator('div[class*="codeBlockContainer"]:has(div[class*="codeBlockTitle"]:text-is("app/callback/route.ts"))');
    await block.hover();
    await block.locator('button[aria-label="Copy code to clipboard"]').click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // From the start of the first line to the end of the seventh, as a reader drags over them.
    await block.locator('code').evaluate((element) => {
      const lines = element.querySelectorAll('.token-line');
      const range = document.createRange();
      range.setStart(lines[0]!, 0);
      range.setEnd(lines[6]!, lines[6]!.childNodes.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await page.close();
    const expected = code.split('\n').slice(0, 7);
    assert.ok(expected.includes(''), `the first lines of the block have no empty line: ${JSON.stringify(expected)}`);
    assert.equal(copied, expected.join('\n'));
  });
});
