/**
 * `npm run test:replay [-- <name>…]`: replays the quick starts of the samples
 * in samples/registry.ts whose guide is a walkthrough (all by default) from an empty folder as a reader follows them, and fails naming the
 * guide's file, line and step. See tools/replay/README.md.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleNamed } from '../../samples/registry.ts';
import { EXIT, exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { replay as replayCli } from '../cli/commands.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { positionals: args } = parseCommandLine(replayCli);
// Loaded once the command line is read: they load TypeScript and Playwright, which --help and a typo do not need.
const [{ replayable, ReplayError }, { replay }] = await Promise.all([import('./plan.ts'), import('./run.ts')]);
const unknown = args.filter((arg) => !replayable.includes(arg));
const known = replayable.map((name) => `${name} (${sampleNamed(name).title})`).join(', ');
if (unknown.length > 0) exitWithUsageError(replayCli, `no guide named ${unknown.join(' ')}: use one of ${known}, or nothing for all`);
const names = args.length > 0 ? args : replayable;

// The guides replay side by side: installs wait on the network while the other guide builds.
const started = Date.now();
const results = await Promise.all(
  names.map(async (name) => {
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      console.log(`[${name}] ${line.trim()}`);
    };
    log(`replay of the guide of the ${sampleNamed(name).title}`);
    try {
      const { seconds } = await replay(root, name, log);
      log(`passed (${Object.entries(seconds).map(([step, s]) => `${step} ${s} s`).join(', ')})`);
      return true;
    } catch (error) {
      console.error(`[${name}] FAILED ${error instanceof ReplayError ? error.message : ((error as Error).stack ?? String(error))}`);
      return false;
    }
  }),
);
const failed = results.includes(false);
console.log(`replay ${failed ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = failed ? EXIT.problems : EXIT.ok;
