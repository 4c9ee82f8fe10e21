// The command-line helper (args.ts) through the real CLIs of tools/: --help lists every option of the table
// (commands.ts) and the exit codes; bad usage exits 2 with a message that names the option and what to do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseOrHelp, UsageError, type CliSpec } from './args.ts';
import { allClis, checkLinks, i18n } from './commands.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function run(entry: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: '' } });
}

for (const { spec, entry } of allClis) {
  test(`${spec.name} --help lists every option and word of its table, and the exit codes`, () => {
    const result = run(entry, '--help');
    assert.equal(result.status, 0, result.stderr);
    for (const command of (spec as CliSpec).commands) {
      assert.ok(result.stdout.includes(`Usage: ${command.run}`), `--help shows how to run ${command.name || spec.name}:\n${result.stdout}`);
      for (const option of command.options) {
        const row = result.stdout.split('\n').find((line) => line.trimStart().startsWith(`--${option.name}`));
        assert.ok(row?.includes(option.description), `--help lists --${option.name} with its meaning:\n${result.stdout}`);
      }
      if (command.positionals) assert.ok(result.stdout.includes(command.positionals.description), `--help explains ${command.positionals.name}`);
    }
    assert.match(result.stdout, /Exit codes: 0 ok, 1 .+, 2 bad usage/);
  });

  test(`${spec.name} with an unknown option exits 2 and names the option, the known ones and --help`, () => {
    const result = run(entry, ...((spec as CliSpec).commands[0]!.name ? [(spec as CliSpec).commands[0]!.name] : []), '--no-such-option');
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, new RegExp(`^${spec.name}: unknown option --no-such-option\\.`));
    assert.match(result.stderr, /--help/);
    assert.equal(result.stdout, '', 'nothing ran');
  });
}

test('a typo gets the nearest option; a missing value and an empty --files say what to write', () => {
  const typo = run('tools/links/cli.ts', '--jsn');
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown option --jsn \(did you mean --json\?\)/);
  const noValue = run('tools/links/cli.ts', '--root', '--json');
  assert.equal(noValue.status, 2);
  assert.match(noValue.stderr, /--root needs a value: --root <dir>/);
  const noFiles = run('tools/snippets/cli.ts', '--files');
  assert.equal(noFiles.status, 2);
  assert.match(noFiles.stderr, /--files needs a value: --files <file\.mdx>/);
});

test('i18n: a command of its own --help; an option of another command says where it belongs; a typo in the command', () => {
  const help = run('tools/i18n/cli.ts', 'mark', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: npm run i18n:mark -- \[options\] <file>…/);
  assert.doesNotMatch(help.stdout, /--diff/, 'only the options of mark');
  const elsewhere = run('tools/i18n/cli.ts', 'status', '--fix');
  assert.equal(elsewhere.status, 2);
  assert.match(elsewhere.stderr, /unknown option --fix \(it belongs to `npm run i18n:check --`\)/);
  const typo = run('tools/i18n/cli.ts', 'stauts');
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown command stauts \(did you mean status\?\)/);
});

test('parsing: lists take every word up to the next option, `--` ends them, booleans default to false', () => {
  const parsed = parseOrHelp(checkLinks, ['--files', 'a.mdx', 'b.mdx', '--json']);
  assert.ok(!('help' in parsed));
  assert.deepEqual(parsed.values.files, ['a.mdx', 'b.mdx']);
  assert.equal(parsed.values.json, true);
  assert.equal(parsed.values.external, false);
  assert.throws(() => parseOrHelp(checkLinks, ['--files', 'a.mdx', '--', 'b.mdx']), (error: unknown) => error instanceof UsageError && /unexpected argument b\.mdx/.test(error.message));
  const mark = parseOrHelp(i18n, ['mark', 'a.mdx', '--with-fragments', 'b.mdx']);
  assert.ok(!('help' in mark));
  assert.deepEqual(mark.positionals, ['a.mdx', 'b.mdx']);
  assert.throws(() => parseOrHelp(i18n, ['mark']), /mark needs <file>…: npm run i18n:mark -- <file>…/);
});

test('i18n: a docs file that does not parse is a problem found (exit 1); a file outside the translated folders given to mark is bad usage (exit 2)', async () => {
  const { copyFixture, runCli } = await import('../i18n/testing.ts');
  const { appendFileSync } = await import('node:fs');
  const site = copyFixture('status/site');
  try {
    const notATranslation = runCli(site.dir, ['mark', 'i18n/zh-CN/notes.md']);
    assert.equal(notATranslation.code, 2, notATranslation.stderr);
    assert.match(notATranslation.stderr, /i18n\/zh-CN\/notes\.md: not inside a translated docs or fragments folder/);
    appendFileSync(path.join(site.dir, 'docs/other.mdx'), '\nimport { from "./x.mdx";\n');
    const broken = runCli(site.dir, ['status', '--no-cache']);
    assert.equal(broken.code, 1, broken.stderr);
    assert.match(broken.stderr, /docs\/other\.mdx:\d+:\d+: cannot parse MDX/);
  } finally {
    site.cleanup();
  }
});
