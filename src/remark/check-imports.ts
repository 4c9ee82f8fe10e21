/**
 * Fails the MDX compile, at the line of the import, when a page or fragment
 * imports an `.md`/`.mdx` file that does not exist. The bundler's own error
 * names only the missing module, not who imports it; this names both and says
 * where the file was looked for.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { importCandidates, layoutFor, toKey } from '../../tools/site/layout.ts';

export interface CheckImportsOptions {
  /** Site directory; `@fragments/x` resolves under `<siteDir>/fragments` (and its translations). */
  siteDir: string;
}

interface EsmNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
}

const markdownImport = /import\s+[\w{}\s,*]+\s+from\s+['"]([^'"]+\.mdx?)['"]/g;

/** The default locale's folders: English is the fallback of every locale, so an `@fragments/` import must resolve there. */
const defaultLayout = layoutFor('', []);

/** Where the import was looked for, when it resolves to no file (the site model's resolver); undefined when it does. */
export function findMissingImport(specifier: string, importer: string, siteDir: string): string[] | undefined {
  if (!specifier.startsWith('@fragments/') && !specifier.startsWith('.')) return undefined;
  const found = importCandidates(defaultLayout, '', toKey(siteDir, importer), specifier);
  if (found === null) return undefined;
  const candidates = found.candidates.map((key) => path.join(siteDir, key));
  return candidates.some((candidate) => existsSync(candidate)) ? undefined : candidates;
}

export default function remarkCheckImports(options: CheckImportsOptions) {
  return (tree: Root, file: VFile) => {
    const importer = file.path;
    if (!importer) return;
    for (const node of tree.children as EsmNode[]) {
      if (node.type !== 'mdxjsEsm' || !node.value) continue;
      for (const match of node.value.matchAll(markdownImport)) {
        const specifier = match[1]!;
        const lookedAt = findMissingImport(specifier, importer, options.siteDir);
        if (!lookedAt) continue;
        const lineOffset: number = node.value.slice(0, match.index).split('\n').length - 1;
        const line: number = (node.position?.start.line ?? 1) + lineOffset;
        // Stryker disable next-line StringLiteral: findMissingImport returns one path at most, so the separator never shows
        const shown = lookedAt.map((candidate) => path.relative(options.siteDir, candidate)).join(', ');
        file.fail(
          `${path.relative(options.siteDir, importer)}:${line}: cannot import "${specifier}": ${shown} does not exist. ` +
            'Fix the path, or create the fragment (shared fragments live in fragments/, with translations in i18n/<locale>/fragments/).',
          { line, column: 1 },
          'check-imports:missing-fragment',
        );
      }
    }
  };
}
