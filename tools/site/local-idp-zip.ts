/**
 * The local identity provider as a download of its own, for readers who build
 * their app from a quick start: `local-identity-provider.zip` holds the
 * committed files of samples/local-idp with a package.json that stands alone
 * (its own `tsx`, no workspace), so `npm install` and `npm run idp` work in
 * the unzipped folder. The build writes it into every locale's output
 * (src/plugins/sample-zip/index.ts); the provider page links it and `npm run test:replay` starts
 * the provider from the same bytes. It lives with the site model, not in the
 * plugin, because both the site and the replay build it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { committedFiles, type SampleFiles } from './sample-files.ts';

export const localIdpDownload = {
  /** The workspace the download is made from. */
  sample: 'samples/local-idp',
  /** The folder inside the zip, and the zip's name. */
  name: 'local-identity-provider',
  /** Where each locale's build serves it, under the locale's base URL (the provider page links it with `pathname://`). */
  path: '/downloads/local-identity-provider.zip',
} as const;

interface Manifest {
  version?: string;
  description?: string;
  type?: string;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

/** The files of the download: the sample's committed files, its package.json made standalone, a README for the download. */
export function localIdpFiles(siteDir: string): SampleFiles {
  const { sample, name } = localIdpDownload;
  const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
  const root = JSON.parse(read('package.json')) as Manifest;
  const own = JSON.parse(read(`${sample}/package.json`)) as Manifest;
  const tsx = root.devDependencies?.tsx;
  if (!tsx) throw new Error(`tools/site/local-idp-zip.ts: the root package.json pins no tsx, which ${sample} runs with; pin it in devDependencies.`);
  const manifest = {
    name,
    version: own.version,
    private: true,
    type: own.type,
    description: own.description,
    engines: root.engines,
    // `npm run idp` as in the docs repository; `npm start` as in the sample's .env.example.
    scripts: { idp: 'tsx src/main.ts', start: 'tsx src/main.ts' },
    dependencies: { ...own.dependencies, tsx },
    // As at the repository root: esbuild's install script only checks its binary, which comes as a regular package.
    ...(root.allowScripts?.esbuild === false ? { allowScripts: { esbuild: false } } : {}),
  };
  const textOf = (file: string): string => {
    if (file === 'package.json') return `${JSON.stringify(manifest, null, 2)}\n`;
    if (file === 'README.md') return downloadReadme(read(`${sample}/README.md`));
    if (file === registryModule) return registryModuleInZip;
    return read(`${sample}/${file}`);
  };
  const files = committedFiles(siteDir, sample).map((file) => ({ path: file, text: textOf(file) }));
  if (!files.some((file) => file.path === registryModule)) {
    throw new Error(`tools/site/local-idp-zip.ts: ${sample}/${registryModule} is not committed; the provider's sources import the registry of samples through it.`);
  }
  // The provider's clients come from the registry of samples (samples/registry.ts, no imports of its own):
  // the download carries a copy beside its package.json, and its src/registry.ts points there.
  files.push({ path: 'registry.ts', text: read('samples/registry.ts') });
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { name, files };
}

/** The provider's one way to the registry of samples: in the repository it re-exports samples/registry.ts. */
const registryModule = 'src/registry.ts';

/** The download's src/registry.ts: the same exports, from the copy of samples/registry.ts the zip carries. */
const registryModuleInZip = `/**
 * The registry of samples (their clients, ports and callback paths) as the
 * provider reads it: every source of src/ imports it from here. It is a copy
 * of the docs repository's samples/registry.ts, beside package.json.
 */
export * from '../registry.js';
`;

/** The sample's README under a first paragraph that says how to run the download. */
function downloadReadme(readme: string): string {
  const [title = '# Local identity provider', ...rest] = readme.split('\n');
  const intro = [
    '',
    'Downloaded from the docs (Local identity provider page). In this folder, with Node.js 20.18 or later:',
    '',
    '```bash',
    'npm install',
    'npm run idp -- --app-url http://localhost:3000',
    '```',
    '',
    '`--app-url` is the origin your app runs at (repeat it for several apps; `--port 4001` moves the provider).',
    'Where the text below says "repository root", read "this folder".',
  ];
  return [title, ...intro, ...rest].join('\n');
}

/** The zip a reader downloads: every file under `local-identity-provider/`. */
export function localIdpZip(siteDir: string): Uint8Array {
  const { name, files } = localIdpFiles(siteDir);
  const tree: Zippable = {};
  for (const file of files) tree[`${name}/${file.path}`] = strToU8(file.text);
  // A fixed date, so the same sources give the same bytes.
  return zipSync(tree, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
