/** Shared by the snippet checker tests: throwaway folders written from a map of files, and one-guide runs in them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSnippets, type Problem } from './check.ts';
import type { SnippetsConfig } from './samples.config.ts';

/** Writes `files` (relative path → text) under `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
}

/** Runs `run` with a fresh temporary folder and removes the folder afterwards, even on failure. */
export function withTempDir<T>(prefix: string, run: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The problems of a run over `files` in a fresh folder where docs/guide/** is one guide checked against sample/ (scratch folder app). */
export function problemsOfOneGuide(prefix: string, files: Record<string, string>): Problem[] {
  return withTempDir(prefix, (root) => {
    writeFiles(root, files);
    const config: SnippetsConfig = {
      defaultLocale: 'en',
      locales: { en: { docs: 'docs', fragments: 'fragments' } },
      guides: [{ pages: ['guide/**'], sample: 'sample', scratchDir: 'app' }],
    };
    return checkSnippets({ root, config }).problems;
  });
}
