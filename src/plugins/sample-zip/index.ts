/**
 * The files behind each quick start's "Download sample" button. After the
 * build, writes `samples/<sample>.json` into the locale's output: the sample's
 * committed files (`git ls-files`, never node_modules, .next or local env
 * files), which the browser zips with fflate on click (see
 * src/components/DownloadSample). The English build also fails when a code
 * block that shows a whole sample file (./shown-in-full.ts) differs from the
 * file the zip holds, naming the guide file and line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { DocMetadata, LoadedContent } from '@docusaurus/plugin-content-docs';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import snippetsConfig from '../../../tools/snippets/samples.config.ts';
import type { QuickStartGuide } from '../quick-starts/guides.ts';
import { codeSource, pageToTree, type TwinContext } from '../markdown-twins/to-markdown.ts';
import { shownInFull } from './shown-in-full.ts';

import { SAMPLE_ZIP_PLUGIN, type SampleFiles, type SampleZipData } from './types.ts';

export { SAMPLE_ZIP_PLUGIN, type SampleFiles, type SampleZipData };

const excluded = [/(^|\/)node_modules\//, /(^|\/)\.next\//, /(^|\/)\.env(\..*)?\.local$/];

/** The sample's committed files, relative to its folder, minus what the zip never holds. */
export function committedFiles(siteDir: string, sampleDir: string): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--', sampleDir], { cwd: siteDir, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${SAMPLE_ZIP_PLUGIN}: cannot list the committed files of ${sampleDir} with "git ls-files" (${(error as Error).message.split('\n')[0]}). Build from a git checkout.`);
  }
  const files = listed
    .split('\0')
    .filter((file) => file !== '')
    .map((file) => path.posix.relative(sampleDir, file))
    .filter((file) => !excluded.some((pattern) => pattern.test(file)))
    .sort();
  if (files.length === 0) throw new Error(`${SAMPLE_ZIP_PLUGIN}: git lists no committed file under ${sampleDir}.`);
  return files;
}

/** The sample of a guide page (docs-relative path), from the snippet checker's config: one fact, one place. */
function sampleOf(docPath: string): string | undefined {
  return snippetsConfig.guides.find((guide) => guide.pages.some((glob) => docPath.startsWith(glob.replace(/\*\*$/, ''))))?.sample;
}

function titleOf(code: Code): string | undefined {
  return /(?:^|\s)title=(["'])(.*?)\1/.exec(code.meta ?? '')?.[2];
}

export default function sampleZipPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, localizationDir, baseUrl, i18n } = context;
  let guideDocs: Array<{ doc: DocMetadata; sample: string }> = [];

  return {
    name: SAMPLE_ZIP_PLUGIN,
    async allContentLoaded({ allContent, actions }) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const guides = (allContent['site-quick-starts']?.default as QuickStartGuide[] | undefined) ?? [];
      const docs = content?.loadedVersions[0]?.docs ?? [];
      guideDocs = [];
      const data: SampleZipData = {};
      for (const guide of guides) {
        const doc = docs.find((candidate) => candidate.slug === guide.slug);
        const sample = doc ? sampleOf(`${doc.id}.mdx`) : undefined;
        if (!doc || !sample) continue;
        guideDocs.push({ doc, sample });
        data[guide.slug] = { name: path.basename(sample), files: `samples/${path.basename(sample)}.json` };
      }
      actions.setGlobalData(data);
    },
    async postBuild({ outDir }) {
      const problems: string[] = [];
      const written = new Set<string>();
      for (const { doc, sample } of guideDocs) {
        const files = committedFiles(siteDir, sample);
        const name = path.basename(sample);
        if (!written.has(name)) {
          const payload: SampleFiles = { name, files: files.map((file) => ({ path: file, text: readFileSync(path.join(siteDir, sample, file), 'utf8') })) };
          mkdirSync(path.join(outDir, 'samples'), { recursive: true });
          writeFileSync(path.join(outDir, 'samples', `${name}.json`), JSON.stringify(payload));
          written.add(name);
        }
        // Translated blocks may differ in their comments; i18n:check compares them with English.
        if (i18n.currentLocale !== i18n.defaultLocale) continue;
        const source = path.resolve(siteDir, doc.source.replace(/^@site\//, ''));
        const ctx: TwinContext = {
          siteDir,
          localizationDir,
          fragmentsDir: 'fragments',
          siteBase: siteConfig.url,
          pageUrlOfSource: new Map(),
          quickStarts: [],
          admonitionLabels: new Proxy({}, { get: (_, kind) => String(kind) }),
        };
        const blocks = new Map<string, Code[]>();
        visit(pageToTree(source, doc.permalink, doc.title, ctx), 'code', (code: Code) => {
          const title = titleOf(code);
          if (title !== undefined) blocks.set(title, [...(blocks.get(title) ?? []), code]);
        });
        for (const file of shownInFull[sample] ?? []) {
          const guideFile = path.relative(siteDir, source);
          if (!files.includes(file)) {
            problems.push(`src/plugins/sample-zip/shown-in-full.ts: ${sample}/${file} is not a committed file of the sample; fix the list.`);
            continue;
          }
          const shown = blocks.get(file);
          if (!shown) {
            problems.push(`${guideFile}: the guide no longer shows ${file} in a block titled "${file}"; remove it from src/plugins/sample-zip/shown-in-full.ts or show it.`);
            continue;
          }
          const zipped = readFileSync(path.join(siteDir, sample, file), 'utf8').trimEnd();
          for (const block of shown) {
            if (block.value.trimEnd() === zipped) continue;
            const blockLines = block.value.trimEnd().split('\n');
            const fileLines = zipped.split('\n');
            const at = blockLines.findIndex((line, index) => line !== fileLines[index]);
            const line = at === -1 ? blockLines.length : at;
            problems.push(
              `${path.relative(siteDir, codeSource(block) ?? source)}:${(block.position?.start.line ?? 0) + 1 + line}: the block titled "${file}" differs from ${sample}/${file} (in the zip) at its line ${line + 1}: ` +
                `guide "${blockLines[line] ?? '(end of block)'}", sample "${fileLines[line] ?? '(end of file)'}". Make them equal, or remove the file from src/plugins/sample-zip/shown-in-full.ts if the guide shows a variant.`,
            );
          }
        }
      }
      if (problems.length > 0) throw new Error(`Download sample (src/plugins/sample-zip):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    },
  };
}
