/**
 * Runs a TypeScript CLI of tools/ with plain Node, from a bundle that esbuild
 * compiles once into node_modules/.cache/docs-tools (or $DOCS_TOOLS_BUNDLE_DIR,
 * a folder inside the repository so that packages resolve). `node --import tsx`
 * starts a loader thread and sends every module load through it: about half a
 * second of CPU before a line of the tool runs, most of a warm docs check.
 *
 *   node tools/cli/run.mjs tools/links/cli.ts [the tool's options]
 *
 * The bundle holds the tool's modules and the small packages they use (Node
 * resolving remark's hundreds of files costs more than reading one); dynamic
 * imports stay separate chunks, so a warm run never loads remark, and
 * TypeScript stays an import of the installed package. It is rebuilt when the
 * sha256 of one of the tool's source files, or of the lockfile, differs from
 * the one recorded beside it. `import.meta.url` keeps naming each
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
/** Packages left as imports: large, or loaded by path at run time (playwright-core reads its own __dirname). */
const EXTERNAL = ['typescript', 'esbuild', 'tsx', 'tsx/*', 'playwright-core'];

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
    // Packages are bundled too (resolving hundreds of small ESM files is a good part of a cold run), except the big ones a warm run never loads.
    external: EXTERNAL,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'error',
    plugins: [keepImportMetaUrl],
  });
  // The tool's own files by content; the installed packages by the lockfile.
  const inputs = { 'package-lock.json': hashFile(path.join(root, 'package-lock.json')) };
  for (const file of Object.keys(result.metafile.inputs)) {
    const relative = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
    if (!relative.split('/').includes('node_modules')) inputs[relative] = hashFile(path.join(root, relative));
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
