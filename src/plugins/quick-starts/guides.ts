/**
 * Reads the quick-start guides' front matter, the single source of the gallery:
 * adding a guide folder with the right front matter is all it takes to list it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { frontMatterOf, parseOrThrow } from '../../../tools/site/markdown.ts';

export interface QuickStartGuide {
  /** Route of the guide, e.g. `/quick-starts/next-app-router`. */
  slug: string;
  label: string;
  description: string;
  logo: string;
  darkLogo: string;
  language: string;
  officialLink: string;
  appType: string;
  framework: string;
}

/** A front matter problem, reported with the file that has it. */
export class GuideFrontMatterError extends Error {}

function readFrontMatter(file: string): Record<string, unknown> {
  const data = frontMatterOf(parseOrThrow(file, readFileSync(file, 'utf8')));
  if (data === undefined) throw new GuideFrontMatterError(`${file}:1: a quick-start guide needs front matter between --- lines.`);
  if (data === null) throw new GuideFrontMatterError(`${file}:2: the front matter is not a YAML mapping.`);
  return data;
}

function requireString(file: string, data: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>(
    (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
    data,
  );
  if (typeof value !== 'string' || value.trim() === '') {
    throw new GuideFrontMatterError(
      `${file}: front matter key \`${key}\` is missing or empty; every quick-start guide needs it for the gallery.`,
    );
  }
  return value;
}

/**
 * Lists guides under `<docsDir>/quick-starts/<name>/index.mdx`, reading each
 * from `localizedDocsDir` when a translation exists (its description and app
 * type are translated) and from the English file otherwise.
 */
export function loadQuickStartGuides(options: {
  docsDir: string;
  localizedDocsDir?: string;
  staticDir: string;
}): QuickStartGuide[] {
  const root = path.join(options.docsDir, 'quick-starts');
  const guides: QuickStartGuide[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    // Stryker disable next-line ConditionalExpression: a file is no guide folder either way, as <file>/index.mdx does not exist
    if (!entry.isDirectory()) continue;
    const english = path.join(root, entry.name, 'index.mdx');
    if (!existsSync(english)) continue;
    const localized = options.localizedDocsDir
      ? path.join(options.localizedDocsDir, 'quick-starts', entry.name, 'index.mdx')
      : undefined;
    const file = localized && existsSync(localized) ? localized : english;
    const data = readFrontMatter(file);
    const logo = requireString(file, data, 'sidebar_custom_props.logoFilename');
    const darkLogo = requireString(file, data, 'sidebar_custom_props.darkLogoFilename');
    for (const image of [logo, darkLogo]) {
      if (!existsSync(path.join(options.staticDir, 'img', 'logos', image))) {
        throw new GuideFrontMatterError(
          `${file}: logo \`${image}\` not found; add it as static/img/logos/${image}.`,
        );
      }
    }
    guides.push({
      slug: requireString(file, data, 'slug'),
      label: requireString(file, data, 'sidebar_label'),
      description: requireString(file, data, 'sidebar_custom_props.description'),
      logo: `/img/logos/${logo}`,
      darkLogo: `/img/logos/${darkLogo}`,
      language: requireString(file, data, 'language'),
      officialLink: requireString(file, data, 'official_link'),
      appType: requireString(file, data, 'app_type'),
      framework: requireString(file, data, 'framework'),
    });
  }
  return guides.sort((a, b) => a.label.localeCompare(b.label));
}
