/**
 * The files behind each quick start's "Download sample" button. After the
 * build, writes `samples/<sample>.json` into the locale's output: the sample's
 * committed files (`git ls-files`, never node_modules, .next or local env
 * files), which the browser zips with fflate on click (see
 * src/components/DownloadSample). It also writes the local identity
 * provider's zip (./local-idp.ts) that the provider page links. The English
 * build also fails when the last block that shows a whole sample file
 * (`shownInFull` of samples/registry.ts) differs from the
 * file the zip holds, naming the guide file and line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { DocMetadata, LoadedContent } from '@docusaurus/plugin-content-docs';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { guideDocId, samples } from '../../../samples/registry.ts';
import type { QuickStartGuide } from '../quick-starts/guides.ts';
import { codeSource, pageToTree, type TwinContext } from '../markdown-twins/to-markdown.ts';
import { localIdpDownload, localIdpZip } from '../../../tools/site/local-idp-zip.ts';
import { committedFiles, type SampleFiles } from '../../../tools/site/sample-files.ts';
import { docSourceFile } from '../../../tools/site/layout.ts';
import { SAMPLE_ZIP_PLUGIN, type SampleZipData } from './types.ts';

/** The sample whose guide is the doc with this id (the same in every locale), from the registry of samples. */
function sampleOf(docId: string): string | undefined {
  return samples.find((entry) => guideDocId(entry) === docId)?.dir;
}

const shownInFull = Object.fromEntries(samples.map((entry) => [entry.dir, entry.shownInFull]));
const listFile = 'samples/registry.ts (shownInFull)';

function titleOf(code: Code): string | undefined {
  return /(?:^|\s)title=(["'])(.*?)\1/.exec(code.meta ?? '')?.[2];
}

export default function sampleZipPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, localizationDir, baseUrl, i18n } = context;
  // Stryker disable next-line ArrayDeclaration: allContentLoaded sets it before postBuild reads it
  let guideDocs: Array<{ doc: DocMetadata; sample: string }> = [];

  return {
    name: SAMPLE_ZIP_PLUGIN,
    async allContentLoaded({ allContent, actions }) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      // Stryker disable next-line ArrayDeclaration: a placeholder guide has no slug, so no doc matches it
      const guides = (allContent['site-quick-starts']?.default as QuickStartGuide[] | undefined) ?? [];
      // Stryker disable next-line ArrayDeclaration: a placeholder doc has no slug, so no guide matches it
      const docs = content?.loadedVersions[0]?.docs ?? [];
      guideDocs = [];
      const data: SampleZipData = {};
      for (const guide of guides) {
        const doc = docs.find((candidate) => candidate.slug === guide.slug);
        const sample = doc ? sampleOf(doc.id) : undefined;
        if (!doc || !sample) continue;
        guideDocs.push({ doc, sample });
        data[guide.slug] = { name: path.basename(sample), files: `samples/${path.basename(sample)}.json` };
      }
      actions.setGlobalData(data);
    },
    async postBuild({ outDir }) {
      const problems: string[] = [];
      const written = new Set<string>();
      // In every locale's output: Docusaurus puts the locale's base URL before the page's pathname:// link.
      const idpZip = path.join(outDir, localIdpDownload.path);
      mkdirSync(path.dirname(idpZip), { recursive: true });
      writeFileSync(idpZip, localIdpZip(siteDir));
      for (const { doc, sample } of guideDocs) {
        const files = committedFiles(siteDir, sample);
        const name = path.basename(sample);
        // Stryker disable next-line ConditionalExpression: writing a sample's file again writes the same bytes
        if (!written.has(name)) {
          const payload: SampleFiles = { name, files: files.map((file) => ({ path: file, text: readFileSync(path.join(siteDir, sample, file), 'utf8') })) };
          mkdirSync(path.join(outDir, 'samples'), { recursive: true });
          writeFileSync(path.join(outDir, 'samples', `${name}.json`), JSON.stringify(payload));
          written.add(name);
        }
        // Translated blocks may differ in their comments; i18n:check compares them with English.
        if (i18n.currentLocale !== i18n.defaultLocale) continue;
        const source = docSourceFile(siteDir, doc.source);
        const ctx: TwinContext = {
          siteDir,
          localizationDir,
          fragmentsDir: 'fragments',
          siteBase: siteConfig.url,
          pageUrlOfSource: new Map(),
          quickStarts: [],
          admonitionLabels: new Proxy({}, { get: (_, kind) => String(kind) }),
        };
        // The file as the guide leaves it: its last whole-file block (earlier ones are steps on the way; excerpts are parts).
        const blocks = new Map<string, Code[]>();
        // Stryker disable next-line StringLiteral: visiting every node is the same, only code nodes have a meta with a title
        visit(pageToTree(source, doc.permalink, doc.title, ctx), 'code', (code: Code) => {
          const title = titleOf(code);
          // The hidden-lines step has taken `excerpt` (or its aliases) out of the meta and left it in data.
          if (title !== undefined && (code.data as { excerpt?: string } | undefined)?.excerpt === undefined) blocks.set(title, [code]);
        });
        for (const file of shownInFull[sample] ?? []) {
          const guideFile = path.relative(siteDir, source);
          if (!files.includes(file)) {
            problems.push(`${listFile}: ${sample}/${file} is not a committed file of the sample; fix the list.`);
            continue;
          }
          const shown = blocks.get(file);
          if (!shown) {
            problems.push(`${guideFile}: the guide no longer shows ${file} in a block titled "${file}"; remove it from ${listFile} or show it.`);
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
                `guide "${blockLines[line] ?? '(end of block)'}", sample "${fileLines[line] ?? '(end of file)'}". Make them equal, or remove the file from ${listFile} if the guide shows a variant.`,
            );
          }
        }
      }
      if (problems.length > 0) throw new Error(`Download sample (src/plugins/sample-zip):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    },
  };
}
