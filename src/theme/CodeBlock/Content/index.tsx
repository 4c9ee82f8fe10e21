/**
 * CodeBlock/Content that renders a block from its build-time highlighting (see
 * src/plugins/code-highlight: token classes and lengths, runs.ts) instead of
 * running Prism in the browser. The markup matches the stock component's
 * (`pre.prism-code > code > div.token-line > span.token`), minus inline colours,
 * minus spans around text styled as plain text and minus the `<br>` after each
 * non-empty line; the lines are set as one HTML string, so
 * hydration checks one element per block and never walks lines or tokens,
 * and the tokens stay plain DOM nodes that scripts may read or edit.
 * A block without highlighting (a JSX <CodeBlock> the plugin could not read)
 * shows as plain text, the same on the server and in the browser.
 */
import React, { useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import lineStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import { plainLines, renderRuns } from '@site/src/plugins/code-highlight/runs';
import { useHighlighting, type Highlighting } from '../HighlightedContext.tsx';

type Metadata = ReturnType<typeof useCodeBlockContext>['metadata'];

/** The block's lines as one HTML string (token spans, line classes, line numbers). */
function linesHtml(metadata: Metadata, highlighting: Highlighting | undefined): string {
  let lines = highlighting === undefined ? plainLines(metadata.code) : renderRuns(metadata.code, highlighting.runs, highlighting.values);
  if (lines === undefined) {
    const where = metadata.title ? `the code block "${metadata.title}"` : `a ${metadata.language} code block`;
    const message = `CodeBlock: the build-time highlighting of ${where} does not fit its code (another line count or line length); a remark plugin after src/plugins/code-highlight/remark.ts changed the code, or the theme dropped lines the plugin kept (magic comments).`;
    // Fail the build, where the page is named; a reader's browser gets the plain code.
    if (typeof window === 'undefined') throw new Error(message);
    lines = plainLines(metadata.code);
  }
  const numbered = metadata.lineNumbersStart !== undefined;
  return lines
    .map((line, index) => {
      const lineClass = clsx('token-line', metadata.lineClassNames[index], numbered && lineStyles.codeLine);
      const content = numbered ? `<span class="${lineStyles.codeLineNumber}"></span><span class="${lineStyles.codeLineContent}">${line}</span>` : line;
      // A line is a block, so it needs no <br> to end it (the stock theme's
      // lines are inline spans); only an empty line keeps one, which gives it
      // its height and its newline when a reader selects and copies lines.
      return `<div class="${lineClass}">${content}${line === '' ? '<br>' : ''}</div>`;
    })
    .join('');
}

export default function CodeBlockContent({ className }: { className?: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const highlighting = useHighlighting();
  const numbered = metadata.lineNumbersStart !== undefined;
  // All lines go in as one HTML string: hydration then checks one <code>
  // element per block instead of one element per line. The stock String
  // component builds a new metadata object on every render (the word-wrap
  // state re-renders each block after hydration), so the string is kept
  // while the code, its highlighting and its line classes stay the same.
  const lineClassNames = JSON.stringify(metadata.lineClassNames);
  const html = useMemo(() => linesHtml(metadata, highlighting), [metadata.code, metadata.language, metadata.lineNumbersStart, lineClassNames, highlighting]);
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
