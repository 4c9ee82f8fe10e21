/**
 * The stylesheet of highlighted code, for both colour modes at once: the light
 * and dark prism-react-renderer themes of prismSettings turned into rules on the
 * token classes, under `[data-theme='light']` and `[data-theme='dark']`, so
 * switching modes restyles every block without React rendering it again.
 * A colour that misses WCAG AA (4.5:1) against its block background is moved
 * toward black (light) or white (dark) until it passes; opacity is not kept,
 * since it would lower contrast again. Chinese pages get no italic or bold in
 * code (the browser would fake both for CJK glyphs). The same rules, resolved
 * for one token, tell the highlighter (prism.ts) which tokens look like plain
 * text or like their neighbour, so that they need no span of their own.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function parseColor(color: string): Rgb | undefined {
  const hex = color.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = color.match(/^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    // Stryker disable next-line EqualityOperator: no 8-bit channel is exactly 0.03928 × 255 (10.02)
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** `color`, or the nearest mix of it with black/white that reaches `ratio` against `background`. */
export function readableColor(color: string, background: string, ratio = 4.6): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (fg === undefined || bg === undefined) throw new Error(`theme-css: cannot read the colour "${color}" or "${background}" of a Prism theme; use #rrggbb or rgb().`);
  if (contrast(fg, bg) >= ratio) return color;
  // Stryker disable next-line EqualityOperator: a background of luminance exactly 0.5 is a float equality no theme hits (a grey would need channels of 187.5)
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  // Stryker disable next-line EqualityOperator: step 20 is the target itself, which the return after the loop gives as well
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = fg.map((v, i) => v + (target[i]! - v) * t) as Rgb;
    // Stryker disable next-line EqualityOperator: a mix exactly at the ratio is a float equality; were it hit, the next step would pass instead
    if (contrast(mixed, bg) >= ratio) return toHex(mixed);
  }
  return toHex(target);
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(style: Record<string, unknown>, background: string): [string, string][] {
  return Object.entries(style)
    .filter(([key, value]) => typeof value === 'string' && !['opacity', 'backgroundColor', 'background'].includes(key))
    .map(([key, value]) => [kebab(key), key === 'color' ? readableColor(value as string, background) : (value as string)]);
}

function modeColors(mode: 'light' | 'dark', theme: PrismTheme): { background: string; plainColor: string } {
  const background = theme.plain.backgroundColor ?? (mode === 'light' ? '#ffffff' : '#000000');
  return { background, plainColor: readableColor(theme.plain.color ?? (mode === 'light' ? '#000000' : '#ffffff'), background) };
}

function modeCss(mode: 'light' | 'dark', theme: PrismTheme): string {
  const scope = `[data-theme='${mode}']`;
  const { background, plainColor } = modeColors(mode, theme);
  const rules = [`${scope} .theme-code-block{--prism-color:${plainColor};--prism-background-color:${background}}`];
  for (const entry of theme.styles) {
    const body = declarations(entry.style as Record<string, unknown>, background)
      .map(([property, value]) => `${property}:${value}`)
      .join(';');
    if (body === '') continue;
    const prefixes = entry.languages?.map((language) => `${scope} .language-${language}`) ?? [scope];
    const selectors = prefixes.flatMap((prefix) => entry.types.map((type) => `${prefix} .token.${type}`));
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return rules.join('\n');
}

/**
 * What the stylesheet gives a token of `types` in a `language` block in one
 * mode: the rules of modeCss that match it, resolved as the cascade does (a
 * language's rules are more specific, a later rule wins a tie), colours as
 * `r,g,b`, and no colour when it is the block's text colour.
 */
function resolvedLook(mode: 'light' | 'dark', theme: PrismTheme, types: readonly string[], language: string): Map<string, string> {
  const { background, plainColor } = modeColors(mode, theme);
  const matching = theme.styles.filter((entry) => entry.types.some((type) => types.includes(type)));
  const ordered = [...matching.filter((entry) => !entry.languages), ...matching.filter((entry) => entry.languages?.includes(language))];
  const entries = ordered.flatMap((entry) => declarations(entry.style as Record<string, unknown>, background));
  const look = new Map(entries.map(([property, value]) => [property, property === 'color' ? (parseColor(value)?.join() ?? value) : value]));
  // The block's own text colour is what a token without one inherits.
  if (look.get('color') === parseColor(plainColor)!.join()) look.delete('color');
  return look;
}

/**
 * Whether a token looks like plain text in this mode: its rules set nothing
 * but the block's own text colour, or, for a token of only white space,
 * nothing but a colour (white space shows no colour). Such a token can be
 * shipped as bare text.
 */
function looksPlain(mode: 'light' | 'dark', theme: PrismTheme, types: readonly string[], language: string, whitespace: boolean): boolean {
  return [...resolvedLook(mode, theme, types, language).keys()].every((property) => whitespace && property === 'color');
}

/** Whether a token looks like plain text in both colour modes (see looksPlain); `text` is the token's text. */
export function tokenLooksPlain(light: PrismTheme, dark: PrismTheme, types: readonly string[], language: string, text: string): boolean {
  const whitespace = /^\s+$/.test(text);
  return looksPlain('light', light, types, language, whitespace) && looksPlain('dark', dark, types, language, whitespace);
}

/** A key that two tokens share when they look the same in both colour modes, whatever their classes. */
export function tokenLook(light: PrismTheme, dark: PrismTheme, types: readonly string[], language: string): string {
  const sorted = (look: Map<string, string>) => [...look].sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([sorted(resolvedLook('light', light, types, language)), sorted(resolvedLook('dark', dark, types, language))]);
}

export function codeThemeCss(light: PrismTheme, dark: PrismTheme): string {
  return [
    // The stock theme put these as inline styles on each <pre>.
    `.theme-code-block .prism-code{color:var(--prism-color);background-color:var(--prism-background-color)}`,
    modeCss('light', light),
    modeCss('dark', dark),
    `html[lang^='zh'] .theme-code-block .token{font-style:normal;font-weight:inherit}`,
  ].join('\n');
}
