// The command-line helper (args.ts) in process, on a made-up table: what each kind of option parses to, where
// the command may stand, every usage error word for word, and the --help text line for line. args.test.ts runs
// the real CLIs; this file is the quick one that pins the behaviour down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHelp, parseOrHelp, UsageError, type CliSpec } from './args.ts';

const tool = {
  name: 'tool',
  description: 'checks and fixes things',
  run: 'npm run tool --',
  exit1: 'something was wrong',
  commands: [
    {
      name: 'check',
      description: 'checks the things',
      run: 'npm run tool:check --',
      options: [
        { name: 'json', type: 'boolean', short: 'j', description: 'print JSON' },
        { name: 'root', type: 'string', value: '<dir>', description: 'the folder to check' },
        { name: 'files', type: 'list', value: '<file>', description: 'only these files' },
        { name: 'shard', type: 'string', description: 'one part of the work' },
      ],
      positionals: { name: '<name>…', description: 'the things to check', min: 1, max: 2 },
    },
    { name: 'fix', description: 'fixes them', run: 'npm run tool:fix --', options: [{ name: 'write', type: 'boolean', description: 'write the files' }] },
    { name: 'show', description: 'shows one', run: 'npm run tool:show --', options: [], positionals: { name: 'thing', description: 'the thing', max: 1 } },
  ],
} as const satisfies CliSpec;

const single = {
  name: 'single',
  description: 'does one thing',
  commands: [{ name: '', description: 'the only command', run: 'npm run single --', options: [{ name: 'json', type: 'boolean', description: 'print JSON' }] }],
} as const satisfies CliSpec;

const bare = { name: 'bare', description: 'no options at all', commands: [{ name: '', description: 'it', run: 'npm run bare --', options: [] }] } as const satisfies CliSpec;

function parse(spec: CliSpec, argv: string[]) {
  const parsed = parseOrHelp(spec, argv);
  assert.ok(!('help' in parsed), `${argv.join(' ')} asked for help`);
  return parsed;
}

/** The message of the UsageError that argv raises. */
function usage(spec: CliSpec, argv: string[]): string {
  try {
    parseOrHelp(spec, argv);
  } catch (error) {
    assert.ok(error instanceof UsageError, `expected a UsageError, got ${String(error)}`);
    return error.message;
  }
  assert.fail(`${argv.join(' ')} parsed without an error`);
}

test('every kind of option parses to its value; only the chosen command’s booleans are set, to false when absent', () => {
  assert.deepEqual(parse(tool, ['check', 'a', '--json', '--root', 'r', '--files', 'x', 'y']), {
    command: 'check',
    values: { json: true, root: 'r', files: ['x', 'y'] },
    positionals: ['a'],
  });
  assert.deepEqual(parse(tool, ['fix']), { command: 'fix', values: { write: false }, positionals: [] });
  assert.deepEqual(parse(tool, ['check', 'a']).values, { json: false });
  assert.deepEqual(parse(single, []), { command: '', values: { json: false }, positionals: [] });
});

test('the command may follow its options; short names, inline values and repeats', () => {
  assert.deepEqual(parse(tool, ['--json', '--root', 'r', 'check', 'a']), { command: 'check', values: { json: true, root: 'r' }, positionals: ['a'] });
  assert.equal(parse(tool, ['check', '-j', 'a']).values.json, true);
  assert.equal(parse(tool, ['check', '--root=-dash', 'a']).values.root, '-dash', 'an inline value may start with a dash');
  assert.equal(parse(tool, ['check', '--root', 'one', '--root', 'two', 'a']).values.root, 'two');
  assert.deepEqual(parse(tool, ['check', 'first', '--files', 'a', '--json', '--files', 'b', 'c', 'word']), {
    command: 'check',
    values: { json: true, files: ['a', 'b', 'c', 'word'] },
    positionals: ['first'],
  });
});

test('`--` ends a list, and everything after it is a word, even what looks like an option', () => {
  assert.deepEqual(parse(tool, ['check', '--files', 'a', '--', 'b']), { command: 'check', values: { json: false, files: ['a'] }, positionals: ['b'] });
  assert.deepEqual(parse(tool, ['check', '--', '--json', 'b']), { command: 'check', values: { json: false }, positionals: ['--json', 'b'] });
  assert.deepEqual(parse(tool, ['show', 'one']).positionals, ['one']);
});

test('a value that is missing, swallowed by the next option, or given to a boolean is a usage error that says what to write', () => {
  assert.equal(usage(tool, ['check', 'a', '--root']), '--root needs a value: --root <dir>');
  assert.equal(usage(tool, ['check', 'a', '--root', '--json']), '--root needs a value: --root <dir>');
  assert.equal(usage(tool, ['check', 'a', '--shard']), '--shard needs a value: --shard <value>');
  assert.equal(usage(tool, ['check', 'a', '--files']), '--files needs a value: --files <file>');
  assert.equal(usage(tool, ['check', 'a', '--json=yes']), '--json takes no value: write --json alone');
});

test('an unknown option names the nearest known one, or the command it belongs to, and lists what the command takes', () => {
  assert.equal(usage(tool, ['check', 'a', '--jsno']), 'unknown option --jsno (did you mean --json?). check takes --json, --root, --files, --shard, --help');
  assert.equal(usage(tool, ['check', 'a', '--write']), 'unknown option --write (it belongs to `npm run tool:fix --`). check takes --json, --root, --files, --shard, --help');
  assert.equal(usage(tool, ['fix', '--zzzzzz']), 'unknown option --zzzzzz. fix takes --write, --help');
  assert.equal(usage(tool, ['--json', 'fix']), 'unknown option --json (it belongs to `npm run tool:check --`). fix takes --write, --help', 'checked against the command named after it');
  assert.equal(usage(single, ['--jsn']), 'unknown option --jsn (did you mean --json?). Options: --json, --help');
  assert.equal(usage(bare, ['--json']), 'unknown option --json. Options: no options, --help');
});

test('a missing or unknown command lists the commands, with the nearest one for a typo', () => {
  assert.equal(usage(tool, []), 'which command? Use one of: check, fix, show');
  assert.equal(usage(tool, ['--json']), 'which command? Use one of: check, fix, show');
  assert.equal(usage(tool, ['chek']), 'unknown command chek (did you mean check?). Use one of: check, fix, show');
  assert.equal(usage(tool, ['zzzzzz']), 'unknown command zzzzzz. Use one of: check, fix, show');
});

test('words: too few, too many, or any for a command that takes none', () => {
  assert.equal(usage(tool, ['check']), 'check needs <name>…: npm run tool:check -- <name>…');
  assert.equal(usage(tool, ['check', 'a', 'b', 'c']), 'too many arguments: a b c; check takes at most 2 <name>…');
  assert.equal(usage(tool, ['show', 'a', 'b']), 'too many arguments: a b; show takes one thing');
  assert.equal(usage(tool, ['fix', 'x']), 'unexpected argument x: fix takes options only (--write)');
  assert.equal(usage(single, ['x', 'y']), 'unexpected argument x: single takes options only (--json)');
  assert.deepEqual(parse(tool, ['check', 'a', 'b']).positionals, ['a', 'b']);
});

test('--help (or -h) anywhere gives the help of the whole CLI, or of the command named before it', () => {
  assert.deepEqual(parseOrHelp(tool, ['--help']), { help: formatHelp(tool) });
  assert.deepEqual(parseOrHelp(tool, ['-h', 'fix']), { help: formatHelp(tool) });
  assert.deepEqual(parseOrHelp(tool, ['fix', '--no-such', '--help']), { help: formatHelp(tool, 'fix') });
  assert.deepEqual(parseOrHelp(single, ['--help']), { help: formatHelp(single) });
});

test('the help of a CLI with commands: each command, its options aligned, its words, and the exit codes', () => {
  assert.equal(
    formatHelp(tool),
    [
      'tool: checks and fixes things',
      '',
      'Commands:',
      '  check        checks the things',
      '  fix          fixes them',
      '  show         shows one',
      '',
      'Usage: npm run tool:check -- [options] <name>…',
      '  -j, --json       print JSON',
      '  --root <dir>     the folder to check',
      '  --files <file>…  only these files',
      '  --shard <value>  one part of the work',
      '  <name>…          the things to check',
      '  -h, --help       print this help',
      '',
      'Usage: npm run tool:fix -- [options]',
      '  --write     write the files',
      '  -h, --help  print this help',
      '',
      'Usage: npm run tool:show -- [options] [thing]',
      '  thing       the thing',
      '  -h, --help  print this help',
      '',
      'Exit codes: 0 ok, 1 something was wrong, 2 bad usage (an unknown option, a missing value; the message says which).',
    ].join('\n'),
  );
  assert.equal(
    formatHelp(tool, 'fix'),
    [
      'tool: checks and fixes things',
      '',
      'Usage: npm run tool:fix -- [options]',
      '  fixes them',
      '  --write     write the files',
      '  -h, --help  print this help',
      '',
      'Exit codes: 0 ok, 1 something was wrong, 2 bad usage (an unknown option, a missing value; the message says which).',
    ].join('\n'),
  );
});

test('the help of a CLI without commands: no command list, and the default meaning of exit code 1', () => {
  assert.equal(
    formatHelp(single),
    [
      'single: does one thing',
      '',
      'Usage: npm run single -- [options]',
      '  --json      print JSON',
      '  -h, --help  print this help',
      '',
      'Exit codes: 0 ok, 1 problems found, 2 bad usage (an unknown option, a missing value; the message says which).',
    ].join('\n'),
  );
});
