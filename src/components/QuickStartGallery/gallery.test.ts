// The quick-start gallery as a reader sees it: a card per guide (logo, title linking to the guide,
// description, framework, language, app type), app-type filters that show only their cards, and the
// guide of the Next.js router chosen last time first and marked. Rendered in happy-dom, see ../testing.ts.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { click, h, render, resetPage, site, type Rendered } from '../testing.ts';
import type { QuickStartGuide } from '../../plugins/quick-starts/guides.ts';
import { rememberRouter } from '../RouterSwitcher/routers.ts';
import QuickStartGallery from './index.tsx';

let page: Rendered | undefined;
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

const guide = (slug: string, label: string, appType: string): QuickStartGuide => ({
  slug,
  label,
  description: `${label} with Logto`,
  logo: `/img/${label}.svg`,
  darkLogo: `/img/${label}-dark.svg`,
  language: 'TypeScript',
  officialLink: 'https://nextjs.org',
  appType,
  framework: 'Next.js',
});
const guides = [
  guide('/quick-starts/next-app-router', 'App Router', 'Traditional web'),
  guide('/quick-starts/next', 'Pages Router', 'Traditional web'),
  guide('/quick-starts/spa', 'React SPA', 'Single page app'),
];
beforeEach(() => {
  resetPage();
  site.pluginData = { 'site-quick-starts': guides };
});

const titles = () => page!.all('li').map((card) => card.querySelector('.title')?.textContent);
const filter = (name: string) => page!.get(`button[data-app-type-filter="${name}"]`);

test('every guide is a card with its logo, linked title, description and facts, in the given order', async () => {
  page = await render(h(QuickStartGallery));
  assert.deepEqual(titles(), ['App Router', 'Pages Router', 'React SPA']);
  const card = page.all('li')[2]!;
  assert.equal(card.className, 'card');
  assert.equal(card.getAttribute('data-app-type'), 'Single page app');
  assert.equal(card.hasAttribute('data-last-used'), false);
  const link = card.querySelector('a')!;
  assert.equal(link.getAttribute('href'), '/quick-starts/spa');
  assert.equal(link.className, 'cardLink');
  const logo = link.querySelector('img')!;
  assert.deepEqual([logo.getAttribute('src'), logo.getAttribute('data-dark-src'), logo.getAttribute('alt'), logo.getAttribute('width'), logo.className], ['/img/React SPA.svg', '/img/React SPA-dark.svg', '', '48', 'logo']);
  assert.equal(card.querySelector('.description')?.textContent, 'React SPA with Logto');
  const facts = [...card.querySelectorAll('dl.facts > *')].map((item) => `${item.tagName}:${item.textContent}`);
  assert.deepEqual(facts, ['DT:Framework', 'DD:Next.js', 'DT:Language', 'DD:TypeScript', 'DT:App type', 'DD:Single page app']);
  assert.equal(page.text().includes('Your Next.js router last time'), false);
});

test('the filters are All and each app type in order; one shows only its cards, All shows every card again', async () => {
  page = await render(h(QuickStartGallery));
  const group = page.get('[role="group"]');
  assert.equal(group.getAttribute('aria-label'), 'Filter by app type');
  assert.deepEqual(page.all('button').map((b) => b.textContent), ['All', 'Single page app', 'Traditional web']);
  assert.equal(filter('all').getAttribute('aria-pressed'), 'true');
  assert.equal(filter('all').className, 'button button--sm button--primary');
  assert.equal(filter('Traditional web').getAttribute('aria-pressed'), 'false');
  assert.equal(filter('Traditional web').className, 'button button--sm button--secondary');
  assert.equal(filter('all').getAttribute('type'), 'button');
  await click(filter('Traditional web'));
  assert.deepEqual(titles(), ['App Router', 'Pages Router']);
  assert.equal(filter('Traditional web').getAttribute('aria-pressed'), 'true');
  assert.equal(filter('all').getAttribute('aria-pressed'), 'false');
  await click(filter('Single page app'));
  assert.deepEqual(titles(), ['React SPA']);
  await click(filter('all'));
  assert.deepEqual(titles(), ['App Router', 'Pages Router', 'React SPA']);
});

test('the guide of the router chosen last time comes first, marked, and filters keep that order', async () => {
  rememberRouter('pages');
  page = await render(h(QuickStartGallery));
  assert.deepEqual(titles(), ['Pages Router', 'App Router', 'React SPA']);
  const [first, second] = page.all('li');
  assert.equal(first!.getAttribute('data-last-used'), 'true');
  assert.equal(first!.querySelector('.lastUsed')?.textContent, 'Your Next.js router last time');
  assert.equal(second!.hasAttribute('data-last-used'), false);
  assert.equal(second!.querySelector('.lastUsed'), null);
  await click(filter('Traditional web'));
  assert.deepEqual(titles(), ['Pages Router', 'App Router']);
});

test('the zh-CN gallery reads Chinese and links to the zh-CN guides', async () => {
  site.locale = 'zh-CN';
  rememberRouter('app');
  page = await render(h(QuickStartGallery));
  assert.equal(page.get('[role="group"]').getAttribute('aria-label'), '按应用类型筛选');
  assert.equal(filter('all').textContent, '全部');
  assert.equal(page.all('li')[0]!.querySelector('a')?.getAttribute('href'), '/zh-CN/quick-starts/next-app-router');
  assert.equal(page.all('li')[0]!.querySelector('img')?.getAttribute('src'), '/zh-CN/img/App Router.svg');
  assert.match(page.text(), /你上次选择的 Next\.js 路由/);
  assert.deepEqual([...page.all('li')[0]!.querySelectorAll('dt')].map((dt) => dt.textContent), ['框架', '语言', '应用类型']);
});

test('the guide of the last router comes first from any place in the list', async () => {
  site.pluginData = { 'site-quick-starts': [guides[2]!, guides[0]!, guides[1]!] };
  rememberRouter('pages');
  page = await render(h(QuickStartGallery));
  assert.deepEqual(titles(), ['Pages Router', 'React SPA', 'App Router']);
});

test('rendering and filtering log no React warning (each filter button has its own key)', async () => {
  const errors = mock.method(console, 'error', () => {});
  try {
    page = await render(h(QuickStartGallery));
    await click(filter('Traditional web'));
    await click(filter('all'));
    assert.deepEqual(errors.mock.calls.map((call) => String(call.arguments[0])), []);
  } finally {
    errors.mock.restore();
  }
});
