/**
 * Writes, after each locale's build, a Markdown twin next to every doc page's
 * HTML (`/quick-starts/next-app-router.md`), plus `llms.txt` (llmstxt.org:
 * title, summary, links to every page's twin by sidebar section) and
 * `llms-full.txt` (every twin in sidebar order). See ./to-markdown.ts for what
 * a twin holds. A page that cannot be written as Markdown fails the build with
 * its file and line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent, DocMetadata } from '@docusaurus/plugin-content-docs';
import type { QuickStartGuide } from '../quick-starts/guides.ts';
import { pageToMarkdown, TwinError, type TwinContext } from './to-markdown.ts';
import { siteFactsOf, type LooseConfig } from '../../../tools/site/config.ts';
import { docSourceFile } from '../../../tools/site/layout.ts';

export interface MarkdownTwinsOptions {
  /** English shared fragments, relative to the site directory (as for src/plugins/fragments). */
  fragmentsDir: string;
}

interface Section {
  label: string;
  docs: DocMetadata[];
}

type SidebarItem = { type: string; id?: string; label?: string; items?: SidebarItem[]; link?: { type: string; id?: string } };

/** The file a twin is written to, for a permalink of the locale (trailingSlash: false). */
export function twinPath(permalink: string, baseUrl: string): string {
  const relative = permalink.slice(baseUrl.length);
  return relative === '' ? 'index.md' : `${relative.replace(/\/$/, '')}.md`;
}

function sectionsOf(items: SidebarItem[], byId: Map<string, DocMetadata>, label: string, sections: Section[]): void {
  let current: Section | undefined;
  for (const item of items) {
    if (item.type === 'doc' || item.type === 'ref') {
      const doc = item.id === undefined ? undefined : byId.get(item.id);
      if (!doc) continue;
      if (!current) sections.push((current = { label, docs: [] }));
      current.docs.push(doc);
    } else if (item.type === 'category') {
      const own: Section = { label: item.label ?? label, docs: [] };
      sections.push(own);
      const linked = item.link?.type === 'doc' && item.link.id !== undefined ? byId.get(item.link.id) : undefined;
      if (linked) own.docs.push(linked);
      const nested: Section[] = [];
      // Stryker disable next-line ArrayDeclaration: a placeholder item has no type, so it adds nothing
      sectionsOf(item.items ?? [], byId, own.label, nested);
      for (const section of nested) {
        if (section.label === own.label) own.docs.push(...section.docs);
        else sections.push(section);
      }
    }
  }
}

function admonitionLabels(localizationDir: string): Record<string, string> {
  const labels: Record<string, string> = { note: 'Note', tip: 'Tip', info: 'Info', warning: 'Warning', danger: 'Danger', caution: 'Caution' };
  const codeJson = path.join(localizationDir, 'code.json');
  if (!existsSync(codeJson)) return labels;
  const messages = JSON.parse(readFileSync(codeJson, 'utf8')) as Record<string, { message?: string }>;
  for (const kind of Object.keys(labels)) {
    const message = messages[`theme.admonition.${kind}`]?.message;
    if (message) labels[kind] = message;
  }
  return labels;
}

export default function markdownTwinsPlugin(context: LoadContext, options: MarkdownTwinsOptions): Plugin {
  const { siteDir, siteConfig, localizationDir, baseUrl } = context;
  const origin = siteConfig.url.replace(/\/$/, '');
  // Stryker disable next-line ArrayDeclaration: allContentLoaded sets it before postBuild reads it
  let docs: DocMetadata[] = [];
  // Stryker disable next-line ArrayDeclaration: allContentLoaded sets it before postBuild reads it
  let sections: Section[] = [];
  // Stryker disable next-line ArrayDeclaration: allContentLoaded sets it before postBuild reads it
  let guides: QuickStartGuide[] = [];

  return {
    name: 'site-markdown-twins',
    async allContentLoaded({ allContent }) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = content?.loadedVersions[0];
      if (!version) throw new Error('site-markdown-twins: the docs plugin loaded no version; nothing to write Markdown twins for.');
      docs = version.docs;
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      sections = [];
      for (const [name, items] of Object.entries(version.sidebars)) sectionsOf(items as SidebarItem[], byId, name, sections);
      sections = sections.filter((section) => section.docs.length > 0);
      const listed = new Set(sections.flatMap((section) => section.docs.map((doc) => doc.id)));
      const unlisted = docs.filter((doc) => !listed.has(doc.id));
      if (unlisted.length > 0) sections.push({ label: 'Other pages', docs: unlisted });
      guides = (allContent['site-quick-starts']?.default as QuickStartGuide[] | undefined) ?? [];
    },
    async postBuild({ outDir }) {
      const siteBase = `${origin}${baseUrl.replace(/\/$/, '')}`;
      const pageUrlOfSource = new Map(docs.map((doc) => [docSourceFile(siteDir, doc.source), `${origin}${doc.permalink}`]));
      const ctx: TwinContext = {
        siteDir,
        localizationDir,
        fragmentsDir: options.fragmentsDir,
        siteBase,
        pageUrlOfSource,
        quickStarts: guides.map((guide) => ({ label: guide.label, url: `${siteBase}${guide.slug}`, description: guide.description })),
        admonitionLabels: admonitionLabels(localizationDir),
        layout: siteFactsOf(context.siteConfig as LooseConfig),
      };
      const twins = new Map<string, string>();
      const titles = new Map<string, string>();
      const problems: string[] = [];
      for (const doc of docs) {
        const source = docSourceFile(siteDir, doc.source);
        try {
          const markdown = pageToMarkdown(source, `${origin}${doc.permalink}`, doc.title, ctx);
          twins.set(doc.id, markdown);
          // The twin's h1 is the title as the page shows it (no heading id, no MDX escape).
          // Stryker disable next-line OptionalChaining: every twin starts with its h1 (to-markdown.ts writes it)
          titles.set(doc.id, /^# (.+)$/m.exec(markdown)?.[1] ?? doc.title);
          const target = path.join(outDir, twinPath(doc.permalink, baseUrl));
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, markdown);
        } catch (error) {
          if (!(error instanceof TwinError) && !(error instanceof Error && 'reason' in error)) throw error;
          problems.push(error.message);
        }
      }
      if (problems.length > 0) throw new Error(`Markdown twins (src/plugins/markdown-twins):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);

      const twinUrl = (doc: DocMetadata) => `${siteBase}/${twinPath(doc.permalink, baseUrl)}`;
      const index = [`# ${siteConfig.title}`, '', `> ${siteConfig.tagline}`, ''];
      for (const section of sections) {
        index.push(`## ${section.label}`, '');
        for (const doc of section.docs) {
          // Only a written description: the one Docusaurus derives from the first line can be a heading.
          const description = typeof doc.frontMatter.description === 'string' ? `: ${doc.frontMatter.description}` : '';
          index.push(`- [${titles.get(doc.id) ?? doc.title}](${twinUrl(doc)})${description}`);
        }
        index.push('');
      }
      writeFileSync(path.join(outDir, 'llms.txt'), index.join('\n'));
      const full = sections.flatMap((section) => section.docs).map((doc) => `Source: ${twinUrl(doc)}\n\n${twins.get(doc.id) ?? ''}`);
      writeFileSync(path.join(outDir, 'llms-full.txt'), full.join('\n---\n\n'));
    },
  };
}
