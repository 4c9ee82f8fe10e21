/**
 * Remark plugin for the snippet annotations of tools/snippets: removes the
 * lines listed in `hidden="..."` from the rendered code (so neither the page
 * nor the copy button shows them), renumbers `{...}` highlight ranges that
 * were written against the block as in the source, and drops the checker's
 * own keys from the meta so the theme never sees them. An excerpt keeps that
 * fact as `data.excerpt` (what it shows, or ''), since its key leaves the meta.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ANNOTATION_KEYS, parseAnnotations, remapHighlight, stripAnnotations, tokenizeMeta } from '../../tools/site/annotations.ts';

export default function remarkHiddenLines() {
  return (tree: Root, file: VFile): void => {
    // Stryker disable next-line StringLiteral: visiting every node is the same, only code nodes carry a meta
    visit(tree, 'code', (node: Code) => {
      if (!node.meta) return;
      const lines = node.value.split('\n');
      const annotations = parseAnnotations(node.meta, lines.length);
      const badHidden = annotations.problems.find((problem) => problem.startsWith('`hidden`') || problem.startsWith('hidden='));
      if (badHidden !== undefined) {
        // Rendering setup lines a writer meant to hide would mislead readers; stop the build instead.
        file.fail(`${badHidden} (see tools/snippets/README.md)`, node, 'hidden-lines');
      }
      if (annotations.hidden.length > 0) {
        const hidden = new Set(annotations.hidden);
        node.value = lines.filter((_, index) => !hidden.has(index + 1)).join('\n');
      }
      const ours = tokenizeMeta(node.meta).some((token) => token.key !== undefined && (ANNOTATION_KEYS as readonly string[]).includes(token.key));
      if (!ours) return; // leave every other meta string exactly as written
      // Later steps that read the tree (the sample zip's shown-in-full check) still need to know a block was an excerpt.
      if (annotations.excerpt !== undefined) node.data = { ...node.data, excerpt: annotations.excerpt } as Code['data'];
      const meta = tokenizeMeta(stripAnnotations(node.meta))
        .map((token) => {
          if (token.key !== undefined || annotations.hidden.length === 0) return token.raw;
          return remapHighlight(token.raw, annotations.hidden) ?? '';
        })
        .filter((raw) => raw !== '')
        .join(' ');
      node.meta = meta === '' ? null : meta;
    });
  };
}
