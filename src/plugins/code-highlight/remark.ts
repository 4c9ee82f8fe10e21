/**
 * Remark plugin: highlights every code block once, at build time.
 * Each fenced block's `<code>` gets a `highlighted` prop holding its tokens'
 * classes and lengths (runs.ts), from which src/theme/CodeBlock renders the
 * HTML: the browser hydrates it without running Prism.
 *
 * A JSX `<CodeBlock language="…">{`…${expression}…`}</CodeBlock>`, whose text
 * is only complete when the page renders (a fragment's props), is highlighted
 * here too: each `${…}` is tokenized as a placeholder word, and the block gets
 * `highlighted` plus `highlightedValues={[expression, …]}`, so the value takes
 * the placeholder's token class at render time, HTML-escaped, never tokenized.
 *
 * Docusaurus's magic comments (`// highlight-next-line`, `// highlight-start`
 * … `// highlight-end`) are resolved here, into the `{…}` line range of the
 * meta, because the theme would otherwise drop those lines on the client
 * after the code was tokenized with them. Runs after remarkHiddenLines.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Expression, Program } from 'estree';
import { toJs } from 'estree-util-to-js';
import { visit } from 'unist-util-visit';
import { tokenizeLines } from './prism.ts';
import { encodeRuns, type Run, type TextRun } from './runs.ts';

/** The theme's range syntax in a fence meta: `{1,3-4}` (same pattern as @docusaurus/theme-common). */
const metaRange = /\{([\d,-]+)\}/;
const magicComment =
  /^\s*(?:\/\/|#|--|;|%|\/\*|\{\/\*|<!--)\s*(highlight-next-line|highlight-start|highlight-end)\s*(?:\*\/\s*\}?|-->)?\s*$/;

/** Removes magic-comment lines and returns the 1-based highlighted lines of what is left. */
function resolveMagicComments(node: Code, file: VFile): number[] {
  const kept: string[] = [];
  const highlighted: number[] = [];
  let nextLine = false;
  let inBlock = false;
  node.value.split('\n').forEach((line, index) => {
    const directive = line.match(magicComment)?.[1];
    if (directive === undefined) {
      kept.push(line);
      if (nextLine || inBlock) highlighted.push(kept.length);
      nextLine = false;
      return;
    }
    if (directive === 'highlight-next-line') nextLine = true;
    else if (directive === 'highlight-start') inBlock = true;
    else if (!inBlock) {
      const line = (node.position?.start.line ?? 0) + 1 + index;
      file.fail(`\`highlight-end\` at line ${line} has no \`highlight-start\` before it; add one or remove it.`, node, 'code-highlight');
    } else inBlock = false;
  });
  if (inBlock) file.fail('`highlight-start` is never closed by `highlight-end` in this code block.', node, 'code-highlight');
  node.value = kept.join('\n');
  return highlighted;
}

/** `__value0__`: a word every grammar tokenizes like an ordinary identifier or argument. */
const placeholder = (index: number) => `__value${index}__`;
const placeholderPattern = /__value(\d+)__/;

/** The runs of `code` with each placeholder turned into a run of its value, in the token it fell in. */
function withValues(lines: TextRun[][]): Run[][] {
  return lines.map((line) =>
    line.flatMap((run): Run[] => {
      const parts = run.text.split(placeholderPattern);
      return parts.map((part, index): Run => (index % 2 === 1 ? { types: run.types, value: Number(part) } : { types: run.types, text: part }));
    }),
  );
}

/** The text of a `<CodeBlock>` child expression: a string literal or a template literal, with placeholders for its `${…}`. */
function computedCode(expression: Expression): { code: string; values: Expression[] } | undefined {
  if (expression.type === 'Literal' && typeof expression.value === 'string') return { code: expression.value, values: [] };
  if (expression.type !== 'TemplateLiteral') return undefined;
  // Stryker disable next-line ConditionalExpression: only a tagged template has no cooked text (an invalid escape), and MDX has none here: in a plain template it does not parse
  if (expression.quasis.some((quasi) => quasi.value.cooked == null || placeholderPattern.test(quasi.value.cooked))) return undefined;
  let code = '';
  expression.quasis.forEach((quasi, index) => {
    code += quasi.value.cooked!;
    if (index < expression.expressions.length) code += placeholder(index);
  });
  return { code, values: expression.expressions as Expression[] };
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  // Stryker disable next-line ConditionalExpression: an expression attribute ({...props}) has no name, so the name test alone leaves it out
  return node.attributes.find((entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name);
}

/** Highlights a JSX `<CodeBlock>` whose only child is a string or template literal in a known language. */
function highlightJsxCodeBlock(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile): void {
  if (node.name !== 'CodeBlock' || attribute(node, 'highlighted')) return;
  const [child, ...rest] = node.children;
  const language = attribute(node, 'language')?.value;
  if (rest.length > 0 || typeof language !== 'string') return;
  // Only an expression child (`{…}`) carries a program: text, an element or no child at all has none.
  const statement = (child?.data as { estree?: Program } | undefined)?.estree?.body[0];
  const computed = statement?.type === 'ExpressionStatement' ? computedCode(statement.expression) : undefined;
  if (computed === undefined) return;
  if (computed.code.split('\n').some((line) => magicComment.test(line))) {
    file.message('This <CodeBlock> has a magic comment (highlight-…); it is left unhighlighted. Use a fenced block, or a `{…}` line range in `metastring`.', node, 'code-highlight');
    return;
  }
  const lines = withValues(tokenizeLines(computed.code, language.toLowerCase()));
  const found = new Set(lines.flat().flatMap((run) => ('value' in run ? [run.value] : [])));
  if (found.size !== computed.values.length) {
    file.message(`The placeholder of a \`\${…}\` in this <CodeBlock> was split by the ${language} grammar; the block is left unhighlighted.`, node, 'code-highlight');
    return;
  }
  node.attributes.push({ type: 'mdxJsxAttribute', name: 'highlighted', value: encodeRuns(lines) });
  if (computed.values.length === 0) return;
  const program: Program = {
    type: 'Program',
    // Stryker disable next-line StringLiteral: toJs prints the same expression whatever the program's sourceType
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: { type: 'ArrayExpression', elements: computed.values.map((value) => structuredClone(value)) } }],
  };
  node.attributes.push({
    type: 'mdxJsxAttribute',
    name: 'highlightedValues',
    // Stryker disable next-line StringLiteral: mdast-util-mdx-jsx and the MDX compiler read an object value as an expression whatever its type says
    value: { type: 'mdxJsxAttributeValueExpression', value: toJs(program).value.trim().replace(/;$/, ''), data: { estree: program } },
  });
}

export default function remarkHighlightCode() {
  return (tree: Root, file: VFile): void => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => highlightJsxCodeBlock(node as MdxJsxFlowElement | MdxJsxTextElement, file));
    visit(tree, 'code', (node: Code) => {
      // Same language rule as the theme: lower case, `text` when the fence names none.
      // Stryker disable next-line StringLiteral: '' is no language Prism knows either, so the block is plain text all the same
      const language = (node.lang ?? 'text').toLowerCase();
      // Stryker disable next-line StringLiteral: any text without a {range} is the same as no meta
      if (!metaRange.test(node.meta ?? '')) {
        const lines = resolveMagicComments(node, file);
        if (lines.length > 0) node.meta = [node.meta, `{${lines.join(',')}}`].filter(Boolean).join(' ');
      }
      const highlighted = encodeRuns(tokenizeLines(node.value, language));
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, highlighted } };
    });
  };
}
