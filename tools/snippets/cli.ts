/**
 * `npm run check:snippets [-- --json] [--root <dir>] [--config <file>]`
 *
 * Type-checks every TypeScript/JavaScript code block of the docs against the
 * sample of its guide and checks zh-CN blocks against English ones. Exit 1 when
 * anything is wrong; under CI=true it also prints GitHub annotations.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSnippets } from './check.ts';
import { formatGithub, formatJson, formatText } from './report.ts';
import defaultConfig, { type SnippetsConfig } from './samples.config.ts';

const args = process.argv.slice(2);
const usage = 'usage: check:snippets [--json] [--root <repository folder>] [--config <samples config module>]';
let json = false;
let configFile: string | undefined;
let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--json') json = true;
  else if (arg === '--root' && args[i + 1] !== undefined) root = path.resolve(args[++i]!);
  else if (arg === '--config' && args[i + 1] !== undefined) configFile = path.resolve(args[++i]!);
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else {
    console.error(`unknown argument ${arg}\n${usage}`);
    process.exit(2);
  }
}

const config: SnippetsConfig =
  configFile === undefined ? defaultConfig : ((await import(pathToFileURL(configFile).href)) as { default: SnippetsConfig }).default;
const result = checkSnippets({ root, config });
console.log(json ? formatJson(result) : formatText(result));
// Annotations go to stderr with --json, so standard output stays one JSON document.
if (process.env.CI === 'true' && result.problems.length > 0) (json ? console.error : console.log)(formatGithub(result.problems));
process.exitCode = result.problems.length > 0 ? 1 : 0;
