/**
 * CodeBlock/Content that renders the build-time HTML of a block (see
 * src/plugins/code-highlight) instead of running Prism in the browser. The
 * markup matches the stock component's (`pre.prism-code > code > div.token-line
 * > span.token`), minus inline colours; the lines are set as one HTML string, so
 * hydration checks one element per block and never walks lines or tokens,
 * and the token spans stay plain DOM text nodes that scripts may read or edit.
 * A block whose text is only known at render time (a JSX <CodeBlock> with a
 * computed string) has no build-time HTML and shows as plain text, the same on
 * the server and in the browser.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import lineStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import { useHighlightedHtml } from '../HighlightedContext';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function plainLines(code: string): string[] {
  return code.split('\n').map((line) => (line === '' ? '' : `<span class="token plain">${escapeHtml(line)}</span>`));
}

export default function CodeBlockContent({ className }: { className?: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const highlighted = useHighlightedHtml();
  const codeLines = metadata.code.split('\n').length;
  let lines = highlighted?.split('\n') ?? plainLines(metadata.code);
  if (lines.length !== codeLines) {
    const where = metadata.title ? `the code block "${metadata.title}"` : `a ${metadata.language} code block`;
    const message = `CodeBlock: the build-time highlighting of ${where} has ${lines.length} lines but the code has ${codeLines}; a remark plugin after src/plugins/code-highlight/remark.ts changed the code, or the theme dropped lines the plugin kept (magic comments).`;
    // Fail the build, where the page is named; a reader's browser gets the plain code.
    if (typeof window === 'undefined') throw new Error(message);
    lines = plainLines(metadata.code);
  }
  const numbered = metadata.lineNumbersStart !== undefined;
  // All lines go in as one HTML string: hydration then checks one <code>
  // element per block instead of one element per line.
  const html = lines
    .map((line, index) => {
      const lineClass = clsx('token-line', metadata.lineClassNames[index], numbered && lineStyles.codeLine);
      const content = numbered ? `<span class="${lineStyles.codeLineNumber}"></span><span class="${lineStyles.codeLineContent}">${line}</span>` : line;
      return `<div class="${lineClass}">${content}<br></div>`;
    })
    .join('');
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      tabIndex={0}
      className={clsx(className, 'prism-code', `language-${metadata.language}`, styles.codeBlock, 'thin-scrollbar')}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? { counterReset: `line-count ${metadata.lineNumbersStart! - 1}` } : undefined}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </pre>
  );
}
