/**
 * The compact form in which a code block's build-time highlighting travels to
 * the browser, and the HTML made from it. Shared by the remark plugin (Node,
 * encodes) and src/theme/CodeBlock/Content (server and browser, renders).
 *
 * Why not the HTML itself: the page's JavaScript carries every block for
 * hydration, and `<span class="token punctuation">…</span>` around each token
 * doubled a guide's content chunk (about 14 of its 35 KiB gzipped). The code
 * text is in the chunk anyway (the block's children), so the highlighting is
 * only each token's class and length, per line:
 *
 *     keyword,punctuation      the token classes of the block, by index
 *     0:6 :1 1:1 …             line 1: `class:length` runs (base 36), no class = plain text
 *     …                        one line per code line
 *
 * A block whose text is computed when the page renders (a JSX
 * `<CodeBlock>{`npm i ${props.packageName}`}</CodeBlock>`) has `class*k`
 * runs: the k-th interpolated value, whatever its length, in that class.
 */

/** One token of a line: its classes (`undefined` for plain text) and its text, or the index of an interpolated value. */
export type Run = { types: string | undefined } & ({ text: string } | { value: number });
/** A token of text, as the highlighter gives it (no interpolated values yet). */
export type TextRun = { types: string | undefined; text: string };

export function encodeRuns(lines: Run[][]): string {
  const types: string[] = [];
  const typeIndex = (name: string | undefined) => {
    if (name === undefined) return '';
    let index = types.indexOf(name);
    if (index === -1) index = types.push(name) - 1;
    return index.toString(36);
  };
  const body = lines.map((line) => {
    const merged: Run[] = [];
    for (const run of line) {
      const last = merged.at(-1);
      if (last && 'text' in last && 'text' in run && last.types === run.types) merged[merged.length - 1] = { types: run.types, text: last.text + run.text };
      else if (!('text' in run) || run.text !== '') merged.push(run);
    }
    return merged.map((run) => ('text' in run ? `${typeIndex(run.types)}:${run.text.length.toString(36)}` : `${typeIndex(run.types)}*${run.value.toString(36)}`)).join(' ');
  });
  return [types.join(','), ...body].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain-text HTML of each line (no highlighting). */
export function plainLines(code: string): string[] {
  return code.split('\n').map(escapeHtml);
}

const runPattern = /^([0-9a-z]*)([:*])([0-9a-z]+)$/;

/**
 * The HTML of each line of `code` (one `<span class="token …">` per token, plain
 * text bare), or `undefined` when the runs do not fit the code: another line
 * count, or lengths that do not add up to a line.
 */
export function renderRuns(code: string, encoded: string, values: readonly unknown[] = []): string[] | undefined {
  const [head, ...runLines] = encoded.split('\n') as [string, ...string[]];
  const types = head === '' ? [] : head.split(',');
  const lines = code.split('\n');
  if (runLines.length !== lines.length) return undefined;
  const html: string[] = [];
  for (const [index, line] of lines.entries()) {
    let position = 0;
    let out = '';
    for (const run of runLines[index]!.split(' ')) {
      if (run === '') continue;
      const match = runPattern.exec(run);
      if (!match) return undefined;
      const [, type, kind, number] = match as unknown as [string, string, string, string];
      const length = kind === ':' ? parseInt(number, 36) : String(values[parseInt(number, 36)] ?? '').length;
      const text = escapeHtml(line.slice(position, position + length));
      position += length;
      // No class index (plain text) parses as NaN, which indexes nothing.
      const className = types[parseInt(type, 36)];
      out += className === undefined ? text : `<span class="token ${className}">${text}</span>`;
    }
    if (position !== line.length) return undefined;
    html.push(out);
  }
  return html;
}
