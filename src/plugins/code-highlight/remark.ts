/**
 * Remark plugin: highlights every fenced code block once, at build time.
 * Each block's `<code>` gets a `highlighted` prop holding the HTML of its
 * lines (newline-separated), which src/theme/CodeBlock renders as is: the
 * browser hydrates that HTML without running Prism.
 *
 * Docusaurus's magic comments (`// highlight-next-line`, `// highlight-start`
 * … `// highlight-end`) are resolved here, into the `{…}` line range of the
 * meta, because the theme would otherwise drop those lines on the client
 * after the code was tokenized with them. Runs after remarkHiddenLines.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { highlightLines } from './prism.ts';

/** The theme's range syntax in a fence meta: `{1,3-4}` (same pattern as @docusaurus/theme-common). */
const metaRange = /\{([\d,-]+)\}/;
const magicComment =
  /^\s*(?:\/\/|#|--|;|%|\/\*|\{\/\*|<!--)\s*(highlight-next-line|highlight-start|highlight-end)\s*(?:\*\/\s*\}?|-->)?\s*$/;

/** Removes magic-comment lines and returns the 1-based highlighted lines of what is left. */
function resolveMagicComments(node: Code, file: VFile): number[] {
  const kept: string[] = [];
  const highlighted: number[] = [];
  let nextLine = false;
  let blockStart: number | undefined;
  node.value.split('\n').forEach((line, index) => {
    const directive = line.match(magicComment)?.[1];
    if (directive === undefined) {
      kept.push(line);
      if (nextLine || blockStart !== undefined) highlighted.push(kept.length);
      nextLine = false;
      return;
    }
    if (directive === 'highlight-next-line') nextLine = true;
    else if (directive === 'highlight-start') blockStart = kept.length + 1;
    else if (blockStart === undefined) {
      const line = (node.position?.start.line ?? 0) + 1 + index;
      file.fail(`\`highlight-end\` at line ${line} has no \`highlight-start\` before it; add one or remove it.`, node, 'code-highlight');
    } else blockStart = undefined;
  });
  if (blockStart !== undefined) file.fail('`highlight-start` is never closed by `highlight-end` in this code block.', node, 'code-highlight');
  if (highlighted.length > 0 || kept.length !== node.value.split('\n').length) node.value = kept.join('\n');
  return highlighted;
}

export default function remarkHighlightCode() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'code', (node: Code) => {
      // Same language rule as the theme: lower case, `text` when the fence names none.
      const language = (node.lang ?? 'text').toLowerCase();
      if (!metaRange.test(node.meta ?? '')) {
        const lines = resolveMagicComments(node, file);
        if (lines.length > 0) node.meta = [node.meta, `{${lines.join(',')}}`].filter(Boolean).join(' ');
      }
      const highlighted = highlightLines(node.value, language).join('\n');
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, highlighted } };
    });
  };
}
