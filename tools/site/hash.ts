/**
 * Content hashes of English sources. Whitespace noise (CRLF, a BOM, trailing
 * spaces, extra blank lines at the end) is normalized away so an editor's
 * settings do not mark every translation outdated.
 */
import { createHash } from 'node:crypto';

export function normalizeSource(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const trimmed = lines.map((line) => line.trimEnd());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n') + '\n';
}

export function hashSource(text: string): string {
  return createHash('sha256').update(normalizeSource(text)).digest('hex');
}
