/**
 * The command-line helper every CLI of tools/ uses, built on node:util
 * parseArgs. A CLI is declared once in tools/cli/commands.ts (its commands,
 * each with a description, options and positionals); from that one table come
 * the parsing, the `--help` text, the readable errors for bad usage (the
 * option named, the nearest known one suggested, where to read more) and the
 * exit codes all tools share: 0 ok, 1 problems found, 2 bad usage.
 *
 * A new option is one row in the table: `{ name: 'shard', type: 'string',
 * value: '<i/n>', description: '…' }`; it is then parsed, listed in --help and
 * typed in the values the CLI reads.
 */
import { parseArgs } from 'node:util';
import { closest } from '../site/report.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface OptionSpec {
  /** Long name without dashes: `files` is `--files`. */
  readonly name: string;
  /** `list`: one or more values after the option, up to the next option (`--files a.mdx b.mdx`). */
  readonly type: 'boolean' | 'string' | 'list';
  readonly short?: string;
  /** The value's placeholder in --help, like `<dir>`. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  /** The subcommand (`status`), or '' for a CLI that has none. */
  readonly name: string;
  readonly description: string;
  /** How a user starts it, for --help: `npm run i18n:status --`. */
  readonly run: string;
  readonly options: readonly OptionSpec[];
  /** The words that are not options; none are accepted when absent. */
  readonly positionals?: { readonly name: string; readonly description: string; readonly min?: number; readonly max?: number };
}

export interface CliSpec {
  /** As users know it: `check:links`, `i18n`. */
  readonly name: string;
  readonly description: string;
  readonly commands: readonly CommandSpec[];
  /** How to start it when no command is named (CLIs with subcommands): `node --import tsx tools/i18n/cli.ts`. */
  readonly run?: string;
  /** What exit code 1 means for this CLI (default: problems were found). */
  readonly exit1?: string;
}

type OptionsOf<S extends CliSpec> = S['commands'][number]['options'][number];
/** The parsed values, typed from the table: booleans are always set, strings and lists only when given. */
export type Values<S extends CliSpec> = {
  [O in OptionsOf<S> as O['name']]: O['type'] extends 'boolean' ? boolean : O['type'] extends 'list' ? string[] | undefined : string | undefined;
};

export interface Parsed<S extends CliSpec> {
  /** The subcommand, or '' for a CLI that has none. */
  command: string;
  values: Values<S>;
  positionals: string[];
}

/** Bad usage; parseCommandLine prints it with a pointer to --help and exits with code 2. */
export class UsageError extends Error {}

const HELP: OptionSpec = { name: 'help', type: 'boolean', short: 'h', description: 'print this help' };

/**
 * Parses `argv` against the table. `--help` prints the help and exits 0; bad
 * usage prints what is wrong and what to do, and exits 2.
 */
export function parseCommandLine<S extends CliSpec>(spec: S, argv: string[] = process.argv.slice(2)): Parsed<S> {
  try {
    const parsed = parseOrHelp(spec, argv);
    if ('help' in parsed) {
      console.log(parsed.help);
      process.exit(EXIT.ok);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    exitWithUsageError(spec, error.message, argv);
  }
}

/** Prints `<cli>: <message>` and where the options are explained, then exits with code 2. */
export function exitWithUsageError(spec: CliSpec, message: string, argv: string[] = process.argv.slice(2)): never {
  const command = commandFor(spec, argv.find((arg) => !arg.startsWith('-')));
  const help = `${command?.run ?? spec.run ?? spec.commands[0]!.run} --help`;
  console.error(`${spec.name}: ${message}\nRun \`${help}\` for every option.`);
  process.exit(EXIT.usage);
}

/** The parse without side effects: the values, or the help text when asked; throws UsageError. */
export function parseOrHelp<S extends CliSpec>(spec: S, argv: string[]): Parsed<S> | { help: string } {
  const everyOption = [HELP, ...spec.commands.flatMap((command) => command.options)];
  const { tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries(
      everyOption.map((option) => [option.name, { type: option.type === 'boolean' ? 'boolean' : 'string', multiple: option.type === 'list', ...(option.short ? { short: option.short } : {}) }]),
    ) as Parameters<typeof parseArgs>[0] extends infer A ? (A extends { options?: infer O } ? NonNullable<O> : never) : never,
  });

  // The subcommand is the first word, when the CLI has subcommands.
  const named = spec.commands.some((command) => command.name !== '');
  let command: CommandSpec | undefined = named ? undefined : spec.commands[0];
  const words: string[] = [];
  const values: Record<string, string | boolean | string[] | undefined> = {};
  let list: string | undefined;
  let afterTerminator = false;
  const pending: Array<(command: CommandSpec) => void> = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      afterTerminator = true;
      list = undefined;
      continue;
    }
    if (token.kind === 'positional') {
      if (list !== undefined && !afterTerminator) (values[list] as string[]).push(token.value);
      else if (named && command === undefined) command = commandFor(spec, token.value) ?? unknownCommand(spec, token.value);
      else words.push(token.value);
      continue;
    }
    list = undefined;
    if (token.name === 'help') return { help: formatHelp(spec, command?.name) };
    const name = token.name;
    const raw = token.rawName;
    const value = token.value;
    const inline = token.inlineValue === true;
    // Options are checked against the command once it is known (`--json status` names it after the option).
    pending.push((chosen) => {
      const option = chosen.options.find((candidate) => candidate.name === name);
      if (option === undefined) {
        const known = chosen.options.map((candidate) => `--${candidate.name}`);
        const elsewhere = spec.commands.find((other) => other.options.some((candidate) => candidate.name === name));
        const hint = elsewhere ? ` (it belongs to \`${elsewhere.run}\`)` : suggestion(raw, known);
        throw new UsageError(`unknown option ${raw}${hint}. ${chosen.name ? `${chosen.name} takes` : 'Options:'} ${known.length > 0 ? known.join(', ') : 'no options'}, --help`);
      }
      if (option.type === 'boolean' && inline) throw new UsageError(`${raw} takes no value: write ${raw} alone`);
      if (option.type !== 'boolean' && (value === undefined || (!inline && value.startsWith('-')))) {
        throw new UsageError(`${raw} needs a value: ${raw} ${option.value ?? '<value>'}`);
      }
    });
    if (value !== undefined && value.startsWith('-') && !inline) {
      // The option swallowed the next option as its value (`--root --json`): report it as missing.
      values[name] = undefined;
      continue;
    }
    const option = everyOption.find((candidate) => candidate.name === name);
    if (option?.type === 'list') {
      values[name] = [...((values[name] as string[] | undefined) ?? []), ...(value === undefined ? [] : [value])];
      list = name;
    } else if (option?.type === 'string') values[name] = value;
    else values[name] = true;
  }

  if (command === undefined) {
    throw new UsageError(`which command? Use one of: ${spec.commands.map((candidate) => candidate.name).join(', ')}`);
  }
  for (const check of pending) check(command);
  // A list given without a value never gets here: the check above says it needs one.
  for (const option of command.options) if (option.type === 'boolean') values[option.name] = values[option.name] === true;
  const positional = command.positionals;
  if (positional === undefined && words.length > 0) {
    throw new UsageError(`unexpected argument ${words[0]}: ${command.name || spec.name} takes options only (${command.options.map((option) => `--${option.name}`).join(', ')})`);
  }
  if (positional !== undefined) {
    if (words.length < (positional.min ?? 0)) throw new UsageError(`${command.name || spec.name} needs ${positional.name}: ${command.run} ${positional.name}`);
    if (positional.max !== undefined && words.length > positional.max) {
      throw new UsageError(`too many arguments: ${words.join(' ')}; ${command.name || spec.name} takes ${positional.max === 1 ? 'one' : `at most ${positional.max}`} ${positional.name}`);
    }
  }
  return { command: command.name, values: values as Values<S>, positionals: words };
}

/** --help: the CLI, how to run it, its commands (all, or the one asked for), their options, and the exit codes. */
export function formatHelp(spec: CliSpec, commandName?: string): string {
  const chosen = commandName === undefined ? spec.commands : spec.commands.filter((command) => command.name === commandName);
  const lines = [`${spec.name}: ${spec.description}`, ''];
  const named = spec.commands.some((command) => command.name !== '');
  if (named && commandName === undefined) {
    lines.push('Commands:');
    for (const command of spec.commands) lines.push(`  ${command.name.padEnd(12)} ${command.description}`);
    lines.push('');
  }
  for (const command of chosen) {
    const words = command.positionals ? ` ${command.positionals.min ? command.positionals.name : `[${command.positionals.name}]`}` : '';
    lines.push(`Usage: ${command.run} [options]${words}`);
    if (named && commandName !== undefined) lines.push(`  ${command.description}`);
    const rows: Array<[string, string]> = command.options.map((option) => [optionLabel(option), option.description]);
    if (command.positionals) rows.push([command.positionals.name, command.positionals.description]);
    rows.push([optionLabel(HELP), HELP.description]);
    const width = Math.max(...rows.map(([label]) => label.length)) + 2;
    lines.push(...rows.map(([label, text]) => `  ${label.padEnd(width)}${text}`), '');
  }
  lines.push(`Exit codes: 0 ok, 1 ${spec.exit1 ?? 'problems found'}, 2 bad usage (an unknown option, a missing value; the message says which).`);
  return lines.join('\n');
}

function optionLabel(option: OptionSpec): string {
  const flag = `${option.short ? `-${option.short}, ` : ''}--${option.name}`;
  if (option.type === 'boolean') return flag;
  return `${flag} ${option.value ?? '<value>'}${option.type === 'list' ? '…' : ''}`;
}

function commandFor(spec: CliSpec, word: string | undefined): CommandSpec | undefined {
  if (!spec.commands.some((command) => command.name !== '')) return spec.commands[0];
  return spec.commands.find((command) => command.name === word);
}

function unknownCommand(spec: CliSpec, word: string): never {
  const names = spec.commands.map((command) => command.name);
  throw new UsageError(`unknown command ${word}${suggestion(word, names)}. Use one of: ${names.join(', ')}`);
}

/** ` (did you mean --json?)` when a known name is a likely typo of what was typed. */
function suggestion(typed: string, known: string[]): string {
  const best = closest(typed, known, Math.max(2, Math.floor(typed.length / 3)));
  return best === undefined ? '' : ` (did you mean ${best}?)`;
}
