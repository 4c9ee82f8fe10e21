/**
 * Every built page, in both locales and both colour modes, in real Chromium:
 * axe-core (injected into the page) finds no WCAG 2.1 A/AA violation (the
 * experimental td-has-header rule included, as Lighthouse runs it), and
 * the page logs no console error, no React hydration warning and no uncaught
 * exception while it loads and hydrates.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { builtRoutes, localePrefix, locales } from './built-site.ts';
import { serveSite, type ServedSite } from './served-site.ts';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let site: ServedSite;
before(async () => {
  site = await serveSite();
});
after(async () => {
  await site?.stop();
});

/** Opens a route in a colour mode, recording what the page logs from its first byte. */
async function openRecording(route: string, colorScheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[] }> {
  const page = await site.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text)) problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.emulateMedia({ colorScheme });
  await page.goto(`${site.origin}${route}`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return { page, problems };
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | ')}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''}`)
    .join('\n  ');
}

for (const locale of locales) {
  describe(`every ${locale} page`, () => {
    const routes = builtRoutes(locale).map((route) => (route === '/' ? localePrefix(locale) || '/' : `${localePrefix(locale)}${route}`));
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const route of routes) {
        test(`${route} (${colorScheme}): no axe violation, no console error or hydration warning`, async () => {
          const { page, problems } = await openRecording(route, colorScheme);
          try {
            assert.equal(await page.getAttribute('html', 'data-theme'), colorScheme, 'the page did not follow the colour scheme');
            // Let effects that run after hydration (copy buttons, tabs) settle before reading the page.
            await page.waitForLoadState('networkidle');
            await page.addScriptTag({ path: axePath });
            const violations = (await page.evaluate(async () => {
              const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
              // td-has-header is WCAG 2 A but "experimental" in axe, so off by default; Lighthouse runs it.
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'td-has-header': { enabled: true } } });
              return result.violations;
            })) as AxeViolation[];
            assert.deepEqual(problems, [], `${route} logged:\n  ${problems.join('\n  ')}`);
            assert.equal(violations.length, 0, `axe found on ${route} (${colorScheme}):\n  ${describeViolations(violations)}`);
          } finally {
            await page.close();
          }
        });
      }
    }
  });
}
