/**
 * Finds, in git history, the English text a translation was made from (the
 * version whose normalized hash the lock recorded) and diffs it against the
 * current source. Hashes make this independent of commit ids, so squash
 * merges and rebases do not lose the link.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashSource } from '../site/hash.ts';

function git(root: string, args: string[], input?: string): { stdout: Buffer; status: number | null; stderr: string } {
  const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`cannot run git: ${result.error.message}`);
  return { stdout: result.stdout, status: result.status, stderr: result.stderr.toString() };
}

export interface RecordedVersion {
  commit: string;
  text: string;
}

/** Newest commit whose version of the file (renames followed) hashes to `hash`. */
export function findRecordedVersion(root: string, sourceKey: string, hash: string): RecordedVersion | undefined {
  const log = git(root, ['log', '--follow', '--format=commit %H', '--raw', '--no-abbrev', '--', sourceKey]);
  if (log.status !== 0) throw new Error(`git log failed for ${sourceKey}: ${log.stderr.trim()}`);
  const versions: Array<{ commit: string; blob: string }> = [];
  let commit = '';
  for (const line of log.stdout.toString().split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice('commit '.length);
    else if (line.startsWith(':')) {
      const blob = line.split(/\s+/)[3];
      if (blob && !/^0+$/.test(blob)) versions.push({ commit, blob });
    }
  }
  if (versions.length === 0) return undefined;
  // One `cat-file --batch` for all versions instead of a process per commit.
  const batch = git(root, ['cat-file', '--batch'], versions.map((v) => v.blob).join('\n') + '\n');
  const out = batch.stdout;
  let offset = 0;
  for (const version of versions) {
    const headerEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, headerEnd).toString();
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) return undefined;
    const text = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    offset = headerEnd + 1 + size + 1;
    if (hashSource(text) === hash) return { commit: version.commit, text };
  }
  return undefined;
}

/** A unified diff (git's own format) from `before` to `after`, labelled with the given names. */
export function unifiedDiff(root: string, before: string, after: string, beforeLabel: string, afterLabel: string, color: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'i18n-diff-'));
  try {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    writeFileSync(a, before);
    writeFileSync(b, after);
    const result = git(root, ['diff', '--no-index', `--color=${color ? 'always' : 'never'}`, '--', a, b]);
    return result.stdout
      .toString()
      .split('\n')
      .filter((line) => !/^(\x1b\[[0-9;]*m)*(diff --git|index )/.test(line))
      .map((line) => line.replace(`a${a}`, beforeLabel).replace(`b${b}`, afterLabel).replace(a, beforeLabel).replace(b, afterLabel))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
