/**
 * Writes a synthetic two-locale docs tree for benchmarks: pages that compose
 * guide-local fragments (some nested) and shared `@fragments/` files, most of
 * them translated, a lock file where some entries are stale, some missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashSource } from '../site/hash.ts';
import { layoutFor, translatedPath } from '../site/layout.ts';

export interface TreeSize {
  pages: number;
  fragments: number;
}

function page(index: number, imports: string[]): string {
  const names = imports.map((_, i) => `Part${i}`);
  return [
    '---',
    `sidebar_label: Page ${index}`,
    '---',
    '',
    ...imports.map((specifier, i) => `import ${names[i]} from '${specifier}';`),
    '',
    `# Page ${index}`,
    '',
    `This page explains step ${index} of adding Logto to a Next.js app with the App Router. See [API resources](/authorization/api-resources).`,
    '',
    ...names.flatMap((name, i) => [`## Part ${i} \\{#part-${i}}`, '', `<${name} />`, '']),
    ':::tip',
    '',
    'Call `getLogtoContext` in a server component.',
    '',
    ':::',
    '',
    '```ts title="app/logto.ts"',
    '// Configuration',
    `export const value${index} = { endpoint: 'http://127.0.0.1:3001' };`,
    '```',
    '',
  ].join('\n');
}

function fragment(index: number, nested: string | undefined): string {
  return [
    ...(nested ? [`import Nested from '${nested}';`, ''] : []),
    `Fragment ${index} describes one detail of the SDK configuration in a few sentences of prose.`,
    '',
    '```bash',
    `npm i @logto/next # fragment ${index}`,
    '```',
    '',
    ...(nested ? ['<Nested />', ''] : []),
  ].join('\n');
}

/** Chinese stand-in: same structure, prose marked as translated. */
function translate(text: string): string {
  return text.replace(/^(This page|Fragment) /gm, '（译）$1 ');
}

export function generateTree(root: string, size: TreeSize, locale = 'zh-CN'): void {
  const files = new Map<string, string>();
  const shared = Math.floor(size.fragments / 5);
  const local = size.fragments - shared;
  const perPage = Math.max(1, Math.floor(local / size.pages));
  for (let s = 0; s < shared; s++) {
    files.set(`fragments/_shared-${s}.md`, fragment(s, undefined));
  }
  let made = 0;
  for (let p = 0; p < size.pages; p++) {
    const dir = `docs/section-${p % 40}/page-${p}`;
    const imports: string[] = [];
    const count = p === size.pages - 1 ? local - made : Math.min(perPage, local - made);
    for (let f = 0; f < count; f++) {
      // Every third fragment nests the previous one of the same page.
      const nested = f > 0 && f % 3 === 0 ? `./_part-${p}-${f - 1}.mdx` : undefined;
      files.set(`${dir}/_part-${p}-${f}.mdx`, fragment(made + f, nested));
      if (!nested) imports.push(`./_part-${p}-${f}.mdx`);
    }
    made += count;
    imports.push(`@fragments/_shared-${p % shared}.md`);
    files.set(`${dir}/index.mdx`, page(p, imports));
  }

  const layout = layoutFor('en', [locale]);
  const lock: Record<string, string> = {};
  let n = 0;
  for (const [key, text] of files) {
    const absolute = path.join(root, key);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    n++;
    // 1 in 10 stays untranslated; 1 in 10 of the rest is outdated.
    if (n % 10 === 0) continue;
    const translated = path.join(root, translatedPath(layout, key, locale));
    mkdirSync(path.dirname(translated), { recursive: true });
    writeFileSync(translated, translate(text));
    lock[key] = n % 10 === 5 ? hashSource(text + '\nolder English\n') : hashSource(text);
  }
  writeFileSync(path.join(root, `i18n/${locale}/translation-lock.json`), JSON.stringify({ files: lock }, null, 2) + '\n');
}
