/**
 * Which samples share one program, and proof that sharing never changes a
 * snippet's result: globals of one sample and Next's generated types stay out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withTempDir, writeFiles } from './testing.ts';
import { groupSamples, loadSample, SnippetChecker } from './type-check.ts';

const tsconfig = (overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['ES2022'], module: 'ESNext', moduleResolution: 'Bundler', strict: true, types: [], paths: { '@/*': ['./*'] }, ...overrides },
    include: ['**/*.ts'],
  });

/** A throwaway sample: files by relative path. */
function makeSample(parent: string, name: string, files: Record<string, string>): string {
  const dir = path.join(parent, name);
  writeFiles(dir, { 'tsconfig.json': tsconfig(), 'app/config.ts': "export const appId = 'x';\n", ...files });
  return dir;
}

/** Error codes of one snippet, checked by the checker of the group holding its sample. */
function codesFor(groups: ReturnType<typeof loadSample>[][], sampleDir: string, text: string): number[] {
  const group = groups.find((members) => members.some((sample) => sample.dir === sampleDir))!;
  return new SnippetChecker(group).check(sampleDir, 'app/snippet.ts', text).map((diagnostic) => diagnostic.code);
}

test('samples with the same options share a program; `paths` may differ per sample', () => {
  withTempDir('snippet-samples-', (dir) => {
    const one = loadSample(makeSample(dir, 'one', { 'lib/only-one.ts': 'export const one = 1;\n' }));
    const two = loadSample(makeSample(dir, 'two', { 'tsconfig.json': tsconfig({ paths: { '~/*': ['./*'] } }) }));
    const groups = groupSamples([one, two]);
    assert.equal(groups.length, 1);
    const checker = new SnippetChecker(groups[0]!);
    const [inOne, inTwo, aliasInTwo] = checker.checkMany([
      { sampleDir: one.dir, path: 'app/a.ts', text: "import { one } from '@/lib/only-one';\nexport const n: number = one;\n" },
      { sampleDir: two.dir, path: 'app/a.ts', text: "import { one } from '@/lib/only-one';\nexport const n: number = one;\n" },
      { sampleDir: two.dir, path: 'app/b.ts', text: "import { appId } from '~/app/config';\nexport const id: string = appId;\n" },
    ]);
    assert.deepEqual(inOne, []);
    assert.deepEqual(inTwo!.map((diagnostic) => diagnostic.code), [2307], "sample two has no @/ alias, so it cannot see sample one's file");
    assert.deepEqual(aliasInTwo, []);
  });
});

test('a sample declaring globals gets its own program, and its globals do not reach the other sample', () => {
  withTempDir('snippet-samples-', (dir) => {
    const plain = loadSample(makeSample(dir, 'plain', {}));
    const leaky = loadSample(makeSample(dir, 'leaky', { 'types/env.d.ts': 'declare const LEAKED: string;\n' }));
    assert.match(leaky.isolatedBecause ?? '', /types\/env\.d\.ts declares global types/);
    const groups = groupSamples([plain, leaky]);
    assert.equal(groups.length, 2);
    const snippet = 'export const value: string = LEAKED;\n';
    assert.deepEqual(codesFor(groups, plain.dir, snippet), [2304]);
    assert.deepEqual(codesFor(groups, leaky.dir, snippet), []);
  });
});

test('a `declare global` in a sample source file, or its own node_modules, also keeps it apart', () => {
  withTempDir('snippet-samples-', (dir) => {
    const augmenting = loadSample(makeSample(dir, 'augmenting', { 'lib/globals.ts': 'declare global {\n  var counter: number;\n}\nexport {};\n' }));
    assert.match(augmenting.isolatedBecause ?? '', /lib\/globals\.ts declares global types/);
    const ownPackages = loadSample(makeSample(dir, 'own-packages', { 'node_modules/pkg/index.d.ts': 'export const x: number;\n' }));
    assert.equal(ownPackages.isolatedBecause, 'it has its own node_modules');
  });
});

test('samples whose compiler options differ get separate programs with their own options', () => {
  withTempDir('snippet-samples-', (dir) => {
    const strict = loadSample(makeSample(dir, 'strict', {}));
    const loose = loadSample(makeSample(dir, 'loose', { 'tsconfig.json': tsconfig({ strict: false }) }));
    const groups = groupSamples([strict, loose]);
    assert.equal(groups.length, 2);
    const snippet = 'export function twice(value) {\n  return value * 2;\n}\n';
    assert.deepEqual(codesFor(groups, strict.dir, snippet), [7006], 'implicit any is an error under strict');
    assert.deepEqual(codesFor(groups, loose.dir, snippet), []);
  });
});

test("Next's generated types in .next/ are left out, so a built and a clean sample check alike", () => {
  withTempDir('snippet-samples-', (dir) => {
    const built = loadSample(
      makeSample(dir, 'built', {
        // Like a Next app's tsconfig: the generated folder is included by name.
        'tsconfig.json': JSON.stringify({ ...JSON.parse(tsconfig()), include: ['**/*.ts', '.next/types/**/*.ts'] }),
        'next-env.d.ts': 'import "./.next/dev/types/routes.d.ts";\n',
        '.next/dev/types/routes.d.ts': 'declare global {\n  type DevRoute = "/";\n}\nexport {};\n',
        '.next/types/routes.d.ts': 'declare global {\n  type GeneratedRoute = "/";\n}\nexport {};\n',
      }),
    );
    assert.equal(built.isolatedBecause, undefined);
    assert.ok(built.declarationRoots.every((name) => !name.includes(`${path.sep}.next${path.sep}`)));
    assert.deepEqual(codesFor([[built]], built.dir, 'export const route: GeneratedRoute = "/";\n'), [2304]);
    assert.deepEqual(codesFor([[built]], built.dir, 'export const route: DevRoute = "/";\n'), [2304], 'imported by next-env.d.ts, still left out');
  });
});
