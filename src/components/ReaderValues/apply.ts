/**
 * Puts the reader's values into every code block after hydration, by
 * rewriting the text of the rendered token nodes: nothing is re-highlighted or
 * re-rendered, and it works on whatever spans the CodeBlock renders. A
 * placeholder split across tokens is handled. The server HTML (and so
 * check:snippets, which reads the sources) keeps the placeholders.
 *
 * Secrets show masked until the reader reveals them; copying (the copy
 * button, which writes the block's source text, or a selection) always gives
 * the full values: what is visible, unmasked.
 */
import { fields, type ReaderValues } from './fields.ts';
import { readValues, secretsRevealed, subscribe } from './store.ts';

interface Rule {
  placeholder: string;
  shown: string;
  full: string;
}

/** Text of each token node as React rendered it, before we replaced anything. */
const originals = new WeakMap<Text, string>();
/** Whether a replacement may be on the page (so clearing the values has something to restore). */
// Stryker disable next-line BooleanLiteral: starting at true only walks the blocks once more, finding nothing to restore
let replacedAny = false;

export function maskOf(value: string): string {
  return '•'.repeat(value.length);
}

function rulesFor(values: ReaderValues, reveal: boolean): Rule[] {
  return fields
    .filter((field) => values[field.key] !== undefined)
    .flatMap((field) => {
      const full = values[field.key]!;
      const shown = field.secret && !reveal ? maskOf(full) : full;
      const envLine = `${field.env}=`;
      return [
        { placeholder: field.placeholder, full, shown },
        // The guides' .env.local block: `LOGTO_APP_ID=my-next-app` becomes `LOGTO_APP_ID=<the reader's value>`.
        { placeholder: envLine + field.guideValue, full: envLine + full, shown: envLine + shown },
      ];
    })
    .sort((a, b) => b.placeholder.length - a.placeholder.length);
}

/** The copied text with every placeholder (and every on-screen mask) replaced by the full value. */
export function withValues(text: string, values: ReaderValues = readValues()): string {
  let out = text;
  // Stryker disable next-line BooleanLiteral: a copy reads only each rule's placeholder and full value, which do not depend on revealing
  for (const rule of rulesFor(values, false)) out = out.split(rule.placeholder).join(rule.full);
  for (const field of fields) {
    const value = values[field.key];
    if (field.secret && value !== undefined) out = out.split(maskOf(value)).join(value);
  }
  return out;
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function applyToBlock(block: Element, rules: Rule[]): void {
  const nodes = textNodes(block);
  for (const node of nodes) {
    const original = originals.get(node);
    // Stryker disable next-line ConditionalExpression: writing a node the text it already has changes nothing
    if (original !== undefined && node.data !== original) node.data = original;
  }
  const full = nodes.map((node) => node.data).join('');
  const matches: Array<{ start: number; end: number; text: string }> = [];
  for (const rule of rules) {
    for (let at = full.indexOf(rule.placeholder); at !== -1; at = full.indexOf(rule.placeholder, at + rule.placeholder.length)) {
      const end = at + rule.placeholder.length;
      if (!matches.some((match) => match.start < end && at < match.end)) matches.push({ start: at, end, text: rule.shown });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  // Each node's new text: its part of `full` with every match's value at the node where the match begins, and the
  // rest of a match (in this node or the next ones) left out. `position` is how far into `full` this node is written.
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = offset + node.data.length;
    offset = end;
    let out = '';
    let position = start;
    for (const match of matches) {
      if (match.start >= end) break; // sorted: the rest begin after this node
      out += full.slice(position, match.start); // '' when the match began before `position`
      if (match.start >= start) out += match.text;
      position = Math.max(position, Math.min(match.end, end));
    }
    out += full.slice(position, end);
    // Stryker disable next-line ConditionalExpression,BlockStatement: only saves writing a node its own text (and remembering it)
    if (out === node.data) continue;
    originals.set(node, node.data); // the node was restored above, so this is React's text
    replacedAny = true;
    node.data = out;
  }
}

/** Applies the current values to every code block of the page (or restores the placeholders). */
export function applyValues(root: ParentNode = document): void {
  const rules = rulesFor(readValues(), secretsRevealed());
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: only saves walking the blocks when nothing is set and nothing was replaced
  if (rules.length === 0 && !replacedAny) return;
  for (const block of root.querySelectorAll('pre')) applyToBlock(block, rules);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a flag left true only walks the blocks again, finding nothing to restore
  if (rules.length === 0) replacedAny = false; // every block is back to its placeholders
}

let started = false;

/** Starts once: replaces now, again when values change, and when new code blocks appear (navigation, tabs). */
export function startReplacing(): void {
  // Stryker disable next-line ConditionalExpression: starting twice schedules the same idempotent replacement twice and wraps writeText again, which copies the same text
  if (started || typeof window === 'undefined') return;
  // Stryker disable next-line BooleanLiteral: as for the guard above, starting again gives the same page and the same copies
  started = true;
  let scheduled = false;
  const schedule = () => {
    // Stryker disable next-line ConditionalExpression: a second frame re-applies the same values, which changes nothing (applyValues is idempotent)
    if (scheduled) return;
    // Stryker disable next-line BooleanLiteral: as for the guard above, an extra frame re-applies the same values
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      applyValues();
    });
  };
  subscribe(schedule);
  new MutationObserver((records) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: scheduling on every change as well only re-applies the same values (the replacement itself changes text, not children, so it does not loop)
    if (records.some((record) => record.addedNodes.length > 0)) schedule();
  }).observe(document.body, { childList: true, subtree: true });

  // Copy buttons write the block's source text (with placeholders): give the clipboard the values instead.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard) {
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => writeText(withValues(text));
  }
  // A selection inside a code block shows masks; copy the full values.
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    // Stryker disable next-line OptionalChaining: a non-collapsed selection always has an anchor node
    const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
    // Stryker disable next-line OptionalChaining: as above, a selection's anchor is on the page, so it has an element
    if (!anchor?.closest('pre')) return;
    event.clipboardData.setData('text/plain', withValues(selection.toString()));
    event.preventDefault();
  });
  schedule();
}
