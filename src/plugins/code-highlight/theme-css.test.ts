// The code stylesheet from two small Prism themes, rule by rule: token colours under each mode's scope, language-
// scoped rules, backgrounds and opacity dropped, unreadable colours darkened (light) or lightened (dark) until
// they reach 4.5:1, a clear error for a colour it cannot read, and which tokens look like plain text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PrismTheme } from 'prism-react-renderer';
import { codeThemeCss, contrast, readableColor, tokenLook, tokenLooksPlain } from './theme-css.ts';

const light: PrismTheme = {
  plain: { color: '#333', backgroundColor: '#ffffff' },
  styles: [
    { types: ['comment', 'prolog'], style: { color: '#00000a', fontStyle: 'italic', opacity: 0.7 } },
    { types: ['string'], languages: ['ts', 'bash'], style: { color: 'rgb(0, 0, 170)', backgroundColor: '#eee', background: '#eee' } },
    { types: ['punctuation'], style: { opacity: 0.5 } },
    { types: ['keyword'], style: { color: '#ffff00' } },
  ],
};
const dark: PrismTheme = {
  plain: { color: '#101010', backgroundColor: '#000000' },
  styles: [{ types: ['builtin'], style: { color: '#dddddd', fontWeight: 'bold' } }],
};

test('the stylesheet: shared block rule, one rule per style per mode, CJK without faked italics', () => {
  const lines = codeThemeCss(light, dark).split('\n');
  const yellowOnWhite = readableColor('#ffff00', '#ffffff');
  assert.deepEqual(lines, [
    '.theme-code-block .prism-code{color:var(--prism-color);background-color:var(--prism-background-color)}',
    "[data-theme='light'] .theme-code-block{--prism-color:#333;--prism-background-color:#ffffff}",
    "[data-theme='light'] .token.comment,[data-theme='light'] .token.prolog{color:#00000a;font-style:italic}",
    "[data-theme='light'] .language-ts .token.string,[data-theme='light'] .language-bash .token.string{color:rgb(0, 0, 170)}",
    `[data-theme='light'] .token.keyword{color:${yellowOnWhite}}`,
    `[data-theme='dark'] .theme-code-block{--prism-color:${readableColor('#101010', '#000000')};--prism-background-color:#000000}`,
    "[data-theme='dark'] .token.builtin{color:#dddddd;font-weight:bold}",
    "html[lang^='zh'] .theme-code-block .token{font-style:normal;font-weight:inherit}",
  ]);
  assert.notEqual(yellowOnWhite, '#ffff00');
});

test('a theme without plain colours gets black on white (light) and white on black (dark)', () => {
  const bare: PrismTheme = { plain: {}, styles: [] };
  const lines = codeThemeCss(bare, bare).split('\n');
  assert.equal(lines[1], "[data-theme='light'] .theme-code-block{--prism-color:#000000;--prism-background-color:#ffffff}");
  assert.equal(lines[2], "[data-theme='dark'] .theme-code-block{--prism-color:#ffffff;--prism-background-color:#000000}");
});

test('a readable colour is kept as written; an unreadable one moves just far enough toward black or white', () => {
  assert.equal(readableColor('#000', '#fff'), '#000');
  assert.equal(readableColor('rgba(10, 20, 30, 0.5)', '#ffffff'), 'rgba(10, 20, 30, 0.5)');
  const onWhite = readableColor('#aaaaaa', '#ffffff');
  const onBlack = readableColor('#555555', '#000000');
  for (const [color, background] of [
    [onWhite, [255, 255, 255]],
    [onBlack, [0, 0, 0]],
  ] as const) {
    const rgb = color.slice(1).match(/../g)!.map((hex) => parseInt(hex, 16)) as [number, number, number];
    assert.ok(contrast(rgb, background as [number, number, number]) >= 4.6, `${color}`);
  }
  assert.ok(parseInt(onWhite.slice(1, 3), 16) < 0xaa && parseInt(onWhite.slice(1, 3), 16) > 0x40, `${onWhite}: darker, not black`);
  assert.ok(parseInt(onBlack.slice(1, 3), 16) > 0x55 && parseInt(onBlack.slice(1, 3), 16) < 0xd0, `${onBlack}: lighter, not white`);
  assert.equal(readableColor('#c0c0c0', '#c0c0c0', 21), '#000000', 'no mix reaches 21:1 on light grey: black itself');
  assert.equal(readableColor('#7f7f7f', '#000000', 21), '#ffffff');
  assert.equal(readableColor('#000', '#fff', 21), '#000', 'exactly the ratio is enough: kept as written');
  assert.equal(readableColor(' #000 ', '#fff'), ' #000 ', 'spaces around a hex colour are read past');
});

test('contrast is the WCAG ratio, in either order', () => {
  assert.equal(contrast([0, 0, 0], [255, 255, 255]), 21);
  assert.equal(contrast([255, 255, 255], [0, 0, 0]), 21);
  assert.equal(contrast([119, 119, 119], [119, 119, 119]), 1);
  assert.ok(Math.abs(contrast([118, 118, 118], [255, 255, 255]) - 4.54) < 0.01);
  assert.ok(Math.abs(contrast([10, 10, 10], [0, 0, 0]) - 1.06) < 0.01, 'dark channels use the linear part');
});

test('a colour it cannot read names both and says what to use', () => {
  assert.throws(() => readableColor('tomato', '#fff'), { message: 'theme-css: cannot read the colour "tomato" or "#fff" of a Prism theme; use #rrggbb or rgb().' });
  assert.throws(() => readableColor('#fff', 'hsl(0 0% 0%)'), /cannot read the colour "#fff" or "hsl\(0 0% 0%\)"/);
  assert.throws(() => readableColor('#ffff', '#000'), /cannot read/);
  assert.throws(() => readableColor('x#000', '#fff'), /cannot read the colour "x#000"/, 'a hex colour is the whole value');
  assert.throws(() => readableColor('xrgb(0, 0, 0)', '#fff'), /cannot read the colour "xrgb\(0, 0, 0\)"/, 'rgb() starts the value');
});

test('a token looks like plain text only when neither mode styles it apart, as the cascade resolves its rules', () => {
  const plainLight: PrismTheme = {
    plain: { color: '#333333', backgroundColor: '#ffffff' },
    styles: [
      { types: ['punctuation'], style: { opacity: 0.5 } },
      { types: ['operator'], style: { color: 'rgb(51, 51, 51)' } },
      { types: ['keyword'], style: { color: '#0000aa' } },
      { types: ['string'], languages: ['ts'], style: { color: '#0000aa' } },
      { types: ['tag'], style: { color: '#0000aa' } },
      { types: ['tag'], languages: ['tsx'], style: { color: '#333' } },
      { types: ['comment'], style: { color: '#333333', fontStyle: 'italic' } },
    ],
  };
  const looks = (types: string[], language = 'js', text = 'x') => tokenLooksPlain(plainLight, dark, types, language, text);
  assert.equal(looks(['punctuation']), true, 'opacity is not shipped, so punctuation is plain');
  assert.equal(looks(['operator']), true, 'the plain colour, written another way');
  assert.equal(looks(['plain']), true);
  assert.equal(looks(['keyword']), false);
  assert.equal(looks(['builtin']), false, 'the dark theme colours builtins');
  assert.equal(looks(['string'], 'ts'), false);
  assert.equal(looks(['string'], 'js'), true, "a language's rule applies to that language only");
  assert.equal(looks(['tag'], 'tsx'), true, "a language's rule wins over the general one");
  assert.equal(looks(['tag', 'punctuation'], 'js'), false, 'one coloured type is enough');
  assert.equal(looks(['keyword'], 'js', '  '), true, 'white space shows no colour');
  assert.equal(looks(['comment'], 'js', ' '), false, 'italic is more than a colour');
  assert.equal(looks(['comment']), false);
  const look = (types: string[], language = 'js') => tokenLook(plainLight, dark, types, language);
  assert.equal(look(['tag']), look(['keyword']), 'two types of one colour in each mode look the same');
  assert.equal(look(['tag', 'punctuation']), look(['tag']));
  assert.equal(look(['operator']), look(['string']), "the block's text colour, written or inherited, is one look");
  assert.notEqual(look(['tag'], 'tsx'), look(['tag'], 'js'));
  assert.notEqual(look(['comment']), look(['operator']), 'italic tells them apart');
});
