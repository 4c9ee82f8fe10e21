/**
 * Page titles without the escaped heading id.
 *
 * A doc with no `title` in its front matter gets its title from its `# heading`
 * through `parseMarkdownContentTitle` (@docusaurus/utils), a regex that strips
 * a trailing `{#id}` but not the backslash MDX needs before it (`\{#id}`):
 * `# Quick starts \{#quick-starts}` became the title `Quick starts \`, shown in
 * the browser tab, `og:title`, the previous/next links and search results.
 * This `markdown.parseFrontMatter` hook gives such a doc the title its heading
 * shows, so every place that reads the doc's title gets the same clean text.
 */
import type { ParseFrontMatter } from '@docusaurus/types';
import { parseMarkdownContentTitle } from '@docusaurus/utils';

/** The title Docusaurus would infer, without the backslash an escaped id leaves; undefined when it leaves none. */
export function titleWithoutEscapedId(content: string): string | undefined {
  const { contentTitle } = parseMarkdownContentTitle(content);
  if (!contentTitle || !/\\$/.test(contentTitle)) return undefined;
  return contentTitle.replace(/\s*\\$/, '').trim() || undefined;
}

export const parseFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  if (result.frontMatter.title !== undefined) return result;
  const title = titleWithoutEscapedId(result.content);
  return title ? { ...result, frontMatter: { ...result.frontMatter, title } } : result;
};
