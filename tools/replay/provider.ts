/**
 * The local identity provider as its page tells readers to get it: the
 * section "Start it for your own app" of the provider page links the zip the
 * build writes and shows the commands, and the replay does the same (the zip
 * unzipped in the replay's folder, then the page's `npm install`).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { localIdpDownload, localIdpZip } from '../site/local-idp-zip.ts';
import { run } from './commands.ts';
import { ReplayError, type Place } from './plan.ts';

export const providerPage = 'docs/introduction/local-identity-provider.mdx';

export interface ProviderCommand extends Place {
  command: string;
}

/**
 * What the provider page's "Start it for your own app" tells readers to do:
 * download the zip it links, then the commands of its bash blocks (`unzip`,
 * `cd`, `npm install`, and `npm run idp`, which the caller starts).
 */
export function providerSteps(root: string): { zip: Place & { url: string }; unzip: ProviderCommand; folder: string; install: ProviderCommand; start: ProviderCommand } {
  const lines = readFileSync(path.join(root, providerPage), 'utf8').split('\n');
  const first = lines.findIndex((line) => line.includes('{#start-it-for-your-own-app}'));
  const end = lines.findIndex((line, index) => index > first && line.startsWith('## '));
  const page = { file: providerPage, line: first + 1 };
  if (first < 0) throw new ReplayError({ file: providerPage, line: 1 }, 'download the local identity provider', 'the page has no section {#start-it-for-your-own-app}');
  const section = lines.slice(first, end < 0 ? undefined : end).map((text, index) => ({ text, line: first + 1 + index }));
  const link = section.find(({ text }) => text.includes(`(pathname://${localIdpDownload.path})`));
  if (!link) {
    throw new ReplayError(page, 'download the local identity provider', `the section does not link the zip the build writes (pathname://${localIdpDownload.path}, tools/site/local-idp-zip.ts)`);
  }
  const commands: ProviderCommand[] = [];
  let inBash = false;
  for (const { text, line } of section) {
    if (text.startsWith('```')) inBash = !inBash && text.trim() === '```bash';
    else if (inBash && text.trim() !== '') commands.push({ file: providerPage, line, command: text.trim().split(/\s+/).join(' ') });
  }
  const zipName = path.posix.basename(localIdpDownload.path);
  const find = (pattern: RegExp, what: string) => {
    const found = commands.find(({ command }) => pattern.test(command));
    if (!found) throw new ReplayError(page, 'start the local identity provider', `the section shows no ${what} command in a bash block`);
    return found;
  };
  const unzip = find(/^unzip /, '`unzip`');
  if (unzip.command !== `unzip ${zipName}`) throw new ReplayError(unzip, unzip.command, `the download is ${zipName}`);
  const cd = find(/^cd /, '`cd`');
  const folder = cd.command.slice(3).trim();
  if (folder !== localIdpDownload.name) throw new ReplayError(cd, cd.command, `the zip unpacks into ${localIdpDownload.name}/`);
  const install = find(/^npm (install|ci)$/, '`npm install`');
  const startCommand = find(/^npm run idp$/, '`npm run idp`');
  for (const other of commands.filter((command) => ![unzip, cd, install, startCommand].includes(command))) {
    throw new ReplayError(other, other.command, 'the replay does not know this command; teach tools/replay/provider.ts what a reader does with it');
  }
  return { zip: { file: providerPage, line: link.line, url: localIdpDownload.path }, unzip, folder, install, start: startCommand };
}

/** The zip the site serves, unzipped in `work` (the page's `unzip`), then the page's `npm install` in it. */
export async function downloadProvider(root: string, work: string, env: NodeJS.ProcessEnv, log: (line: string) => void, children: ChildProcess[]): Promise<{ folder: string; start: ProviderCommand }> {
  const steps = providerSteps(root);
  log(`  ${steps.zip.file}:${steps.zip.line} download ${steps.zip.url}, ${steps.unzip.command}`);
  const files = unzipSync(localIdpZip(root));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), bytes);
  }
  const folder = path.join(work, steps.folder);
  log(`  ${steps.install.file}:${steps.install.line} ${steps.install.command} (in ${steps.folder})`);
  const [command, ...args] = steps.install.command.split(' ');
  // Listed with the replay's servers: a guide that fails early stops this install too.
  await run(steps.install, steps.install.command, command!, args, { cwd: folder, env, timeoutMs: 600_000, track: children });
  return { folder, start: steps.start };
}
