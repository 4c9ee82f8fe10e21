/**
 * CodeBlock/Container without the stock inline `--prism-color` and
 * `--prism-background-color` of the current colour mode: the server can only
 * know the default mode, and hydration would keep its colours in dark mode.
 * Both modes' values come from the token stylesheet
 * (src/plugins/code-highlight/theme-css.ts), switched by `[data-theme]`.
 */
import React, { type ComponentProps, type ElementType, type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Container/styles.module.css';

export default function CodeBlockContainer<T extends ElementType>({ as: As, ...props }: { as: T } & ComponentProps<T>): ReactNode {
  const Element = As as ElementType;
  return <Element {...props} className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
