/**
 * The site's Prism settings, known once, and the build-time highlighter.
 * docusaurus.config.ts puts `prismSettings` in `themeConfig.prism`; the remark
 * plugin (remark.ts) tokenizes every fenced code block with the same
 * prism-react-renderer Prism and the same extra languages, in Node, so the
 * browser never runs Prism (see src/theme/CodeBlock/index.tsx).
 */
import { Prism, normalizeTokens, themes } from 'prism-react-renderer';
import type { TextRun } from './runs.ts';
import { tokenLook, tokenLooksPlain } from './theme-css.ts';

export const prismSettings = {
  theme: themes.github,
  darkTheme: themes.dracula,
  additionalLanguages: ['bash', 'ini', 'diff'],
};

let languagesLoaded = false;

/**
 * Registers the extra languages on prism-react-renderer's Prism, as the theme's
 * `prism-include-languages` does in the browser: prismjs components expect a
 * global `Prism` while they load. Once: tokenizeLines runs for every block.
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

interface TokenLook {
  /** Styled like the block's text in both modes. */
  plain: boolean;
  /** Equal for tokens that look the same in both modes. */
  look: string;
}

const looks = new Map<string, TokenLook>();

function tokenLookOf(types: readonly string[], language: string, text: string): TokenLook {
  const whitespace = /^\s+$/.test(text);
  const key = `${language} ${whitespace} ${types.join(' ')}`;
  let found = looks.get(key);
  if (found === undefined) {
    const { theme, darkTheme } = prismSettings;
    found = { plain: tokenLooksPlain(theme, darkTheme, types, language, whitespace ? ' ' : 'x'), look: tokenLook(theme, darkTheme, types, language) };
    looks.set(key, found);
  }
  return found;
}

/**
 * The tokens of each line of `code`, with the class names prism-react-renderer's
 * `getTokenProps` gives (the token's types, after `token`) and no style; colours
 * come from the stylesheet (theme-css.ts), for both colour modes at once. A
 * language Prism does not know is plain text, as in the stock theme. runs.ts
 * turns these into what the page ships.
 *
 * Fewer elements for the browser to parse, style and lay out, and the same
 * pixels: a token that both themes style like the block's text (punctuation,
 * operators, white space in a tag…) carries no class, and a token that looks
 * like the one before it in both modes (a tag's "<" and its name, a template
 * string's backtick and its text) joins it, under the first one's classes.
 * Tokens with white space between them stay apart: joining them would save
 * only a few spans a guide and put two command words (`pnpm add`) in one token.
 */
export function tokenizeLines(code: string, language: string): TextRun[][] {
  loadLanguages();
  const grammar = Prism.languages[language];
  const lines = grammar === undefined ? normalizeTokens([code]) : normalizeTokens(Prism.tokenize(code, grammar));
  return lines.map((line) => {
    const runs: { types: string | undefined; text: string; look?: TokenLook }[] = [];
    for (const token of line) {
      // An empty line's one token holds its line break.
      if (token.empty) continue;
      const look = tokenLookOf(token.types, language, token.content);
      const last = runs.at(-1);
      // Plain text after plain text is joined by encodeRuns.
      if (look.plain) runs.push({ types: undefined, text: token.content });
      else if (last?.look?.look === look.look) last.text += token.content;
      else runs.push({ types: token.types.join(' '), text: token.content, look });
    }
    return runs.map(({ types, text }) => ({ types, text }));
  });
}
