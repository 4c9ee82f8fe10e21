/**
 * Runs a TypeScript CLI of tools/ with plain Node, from a bundle that esbuild
 * compiles once into node_modules/.cache/docs-tools (or $DOCS_TOOLS_BUNDLE_DIR,
 * a folder inside the repository so that packages resolve). `node --import tsx`
 * starts a loader thread and sends every module load through it: about half a
 * second of CPU before a line of the tool runs, most of a warm docs check.
 *
 *   node tools/cli/run.mjs tools/links/cli.ts [the tool's options]
 *
 * The bundle holds the tool's own modules only (packages stay imports, dynamic
 * imports stay separate chunks, so a warm run never loads remark or
 * TypeScript). It is rebuilt when the sha256 of any of its source files
 * differs from the one recorded beside it. `import.meta.url` keeps naming each
 * source file, so paths computed from it stay right. `node --import tsx
 * tools/links/cli.ts` runs the same tool straight from source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [entryArg, ...toolArgs] = process.argv.slice(2);
if (entryArg === undefined || !entryArg.endsWith('.ts')) {
  console.error('usage: node tools/cli/run.mjs <tools/…/cli.ts> [options of the tool]');
  process.exit(2);
}
const entry = path.resolve(root, entryArg);
if (!existsSync(entry)) {
  console.error(`tools/cli/run.mjs: no such file ${entryArg} (paths are relative to ${root})`);
  process.exit(2);
}

const bundleRoot = path.resolve(root, process.env.DOCS_TOOLS_BUNDLE_DIR ?? 'node_modules/.cache/docs-tools');
const name = path.relative(root, entry).replace(/\.ts$/, '').replace(/[\\/]/g, '__');
const outDir = path.join(bundleRoot, name);
const manifestFile = path.join(outDir, 'manifest.json');

/** sha256 of a file, or undefined when it is gone. */
function hashFile(file) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

function isFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  return Object.entries(manifest.inputs).every(([file, hash]) => hashFile(path.join(root, file)) === hash);
}

async function build() {
  const esbuild = await import('esbuild');
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  // Each source module keeps its own import.meta.url (the bundle lives elsewhere).
  const keepImportMetaUrl = {
    name: 'keep-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents: text, loader: args.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: entry },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'error',
    plugins: [keepImportMetaUrl],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const absolute = path.resolve(root, file);
    inputs[path.relative(root, absolute).split(path.sep).join('/')] = hashFile(absolute);
  }
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify({ entry: path.relative(root, entry), inputs }));
  // Swap the whole folder, so a run that starts meanwhile sees the old bundle or the new one, never half of each.
  mkdirSync(bundleRoot, { recursive: true });
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // Another run put its build in place first: use that one.
    if (!existsSync(manifestFile)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
}

if (!isFresh()) await build();
process.argv = [process.argv[0], entry, ...toolArgs];
await import(pathToFileURL(path.join(outDir, 'main.mjs')).href);
