/**
 * The part of an MDX file that can hold its imports, found without parsing.
 * ESM in MDX must start a line at the top level, and block parsing never looks
 * back, so parsing this prefix yields the same ESM nodes as parsing the whole
 * file. Front matter lines are blanked (line numbers stay): translations share
 * their English file's prefix, and so its cached parse.
 */
export function esmPrefix(text: string): string | undefined {
  const lines = text.split('\n');
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.startsWith('import') || line.startsWith('export')) {
      last = i;
      break;
    }
  }
  if (last === -1) return undefined;
  let end = last + 1;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  const prefix = lines.slice(0, end);
  if (prefix[0] === '---') {
    const close = prefix.indexOf('---', 1);
    if (close !== -1 && close < last) for (let i = 0; i <= close; i++) prefix[i] = '';
  }
  return prefix.join('\n');
}
