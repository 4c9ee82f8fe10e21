/**
 * The site's Prism settings, known once, and the build-time highlighter.
 * docusaurus.config.ts puts `prismSettings` in `themeConfig.prism`; the remark
 * plugin (remark.ts) tokenizes every fenced code block with the same
 * prism-react-renderer Prism and the same extra languages, in Node, so the
 * browser never runs Prism (see src/theme/CodeBlock/index.tsx).
 */
import { Prism, normalizeTokens, themes } from 'prism-react-renderer';
import type { Run } from './runs.ts';
import { tokenLooksPlain } from './theme-css.ts';

export const prismSettings = {
  theme: themes.github,
  darkTheme: themes.dracula,
  additionalLanguages: ['bash', 'ini', 'diff'],
};

/** Class of a highlighted line; Docusaurus applies the first magic comment's class to `{1,3}` ranges. */
export const highlightedLineClass = 'theme-code-block-highlighted-line';

let languagesLoaded = false;

/**
 * Registers the extra languages on prism-react-renderer's Prism, as the theme's
 * `prism-include-languages` does in the browser: prismjs components expect a
 * global `Prism` while they load.
 */
function loadLanguages(): void {
  if (languagesLoaded) return;
  const scope = globalThis as { Prism?: unknown };
  const previous = scope.Prism;
  scope.Prism = Prism;
  try {
    for (const language of prismSettings.additionalLanguages) require(`prismjs/components/prism-${language}`);
  } finally {
    if (previous === undefined) delete scope.Prism;
    else scope.Prism = previous;
  }
  languagesLoaded = true;
}

const plainLooking = new Map<string, boolean>();

/**
 * Tokens that both themes style like the block's text (punctuation, plain
 * text, white space in a tag…) need no span: one element fewer for the browser to parse, style and
 * lay out, and the same pixels.
 */
function looksPlain(types: readonly string[], language: string, text: string): boolean {
  const whitespace = /^\s+$/.test(text);
  const key = `${language} ${whitespace} ${types.join(' ')}`;
  let plain = plainLooking.get(key);
  if (plain === undefined) plainLooking.set(key, (plain = tokenLooksPlain(prismSettings.theme, prismSettings.darkTheme, types, language, whitespace ? ' ' : 'x')));
  return plain;
}

/**
 * The tokens of each line of `code`, with the class names prism-react-renderer's
 * `getTokenProps` gives (the token's types, after `token`) and no style; colours
 * come from the stylesheet (theme-css.ts), for both colour modes at once. A
 * token styled like plain text in both modes carries no class. A language
 * Prism does not know is plain text, as in the stock theme. runs.ts turns these into what the page ships.
 */
export function tokenizeLines(code: string, language: string): Run[][] {
  loadLanguages();
  const grammar = Prism.languages[language];
  const lines = grammar === undefined ? normalizeTokens([code]) : normalizeTokens(Prism.tokenize(code, grammar));
  return lines.map((line) =>
    line
      .filter((token) => !token.empty && token.content !== '')
      .map((token) => ({ types: looksPlain(token.types, language, token.content) ? undefined : token.types.join(' '), text: token.content })),
  );
}
