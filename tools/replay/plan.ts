/**
 * Turns a quick start into the steps a reader takes, each with the guide's
 * file and line: scaffold the app, run the install commands the page renders,
 * write each titled block (whole files; excerpts are not applied), write the
 * `.env.local` block, and check the app at each checkpoint the guide promises
 * (a checkpoint with nothing new since the last one is left out). The guide is read by tools/snippets/walkthrough.ts, the
 * same MDX parse and fragment expansion the snippet checker uses.
 */
import path from 'node:path';
import { sampleNamed, samples } from '../../samples/registry.ts';
import config, { type GuideSample } from '../snippets/samples.config.ts';
import { shownCode } from '../snippets/walkthrough-rules.ts';
import { guideSteps, npmCommands } from '../snippets/walkthrough.ts';

export interface Place {
  /** Repository-relative Markdown file and 1-based line. */
  file: string;
  line: number;
}

export type ReplayStep =
  | (Place & { kind: 'scaffold'; command: string; appFolder: string; args: string[] })
  | (Place & { kind: 'install'; command: string })
  | (Place & { kind: 'write'; path: string; text: string; /** For each written line, its line in the Markdown file. */ lineMap: number[] })
  | (Place & { kind: 'checkpoint'; name: string });

export interface ReplayGuide {
  /** The sample's name in samples/registry.ts. */
  name: string;
  page: string;
  guide: GuideSample;
  steps: ReplayStep[];
}

/** The samples whose guide is a walkthrough (it names its scaffold packages): the guides the replay follows. */
export const replayable: string[] = samples.filter((entry) => entry.guide.scaffoldPackages).map((entry) => entry.name);

export class ReplayError extends Error {
  constructor(
    readonly place: Place,
    readonly step: string,
    detail: string,
  ) {
    super(`${place.file}:${place.line} (${step}): ${detail}`);
  }
}

export function planGuide(root: string, name: ReplayGuide['name']): ReplayGuide {
  const page = sampleNamed(name).guide.page;
  const localPath = page.slice(`${config.locales[config.defaultLocale]!.docs}/`.length);
  const guide = config.guides.find((entry) => entry.walkthrough && entry.pages.some((glob) => localPath.startsWith(glob.replace(/\*\*$/, ''))));
  if (!guide) throw new ReplayError({ file: page, line: 1 }, 'plan', 'no walkthrough guide covers this page; give its sample scaffoldPackages in samples/registry.ts');
  const all = guideSteps(root, config, config.defaultLocale, page);
  const steps: ReplayStep[] = [];
  let appFolder: string | undefined;

  const commands = new Set(npmCommands(all).map((command) => `${command.file}:${command.line}:${command.commandLine}`));
  for (const step of all) {
    if (step.kind === 'command') {
      for (const commandLine of step.command.split('\n').map((line) => line.trim())) {
        if (!commands.has(`${step.file}:${step.line}:${commandLine}`)) continue;
        const place = { file: step.file, line: step.line };
        // The words as the shell splits them; the step's command is them with one space between.
        const words = commandLine.split(/\s+/);
        const command = words.join(' ');
        if (words[0] === 'npx' && words[1]?.startsWith('create-next-app')) {
          appFolder = words[2];
          if (!appFolder || appFolder.startsWith('-')) throw new ReplayError(place, 'scaffold', `"${commandLine}" names no app folder`);
          steps.push({ kind: 'scaffold', ...place, command, appFolder, args: words.slice(3) });
        } else if (words[0] === 'cd') {
          if (words[1] !== appFolder) throw new ReplayError(place, commandLine, `the guide changes into ${words[1]}, but the app folder is ${appFolder}`);
        } else if (words[0] === 'npm' && ['i', 'install'].includes(words[1] ?? '')) {
          steps.push({ kind: 'install', ...place, command });
        } else {
          throw new ReplayError(place, commandLine, 'the replay does not know this command; teach tools/replay/plan.ts what a reader does with it');
        }
      }
      continue;
    }
    if (step.kind === 'checkpoint') {
      // Only when a block was written since the last checkpoint (the scaffold's own files compile).
      const lastCheckpoint = steps.map((candidate) => candidate.kind).lastIndexOf('checkpoint');
      if (steps.slice(lastCheckpoint + 1).some((candidate) => candidate.kind === 'write')) {
        steps.push({ kind: 'checkpoint', file: step.file, line: step.line, name: step.name });
      }
      continue;
    }
    const { block, annotations } = step;
    if (!annotations.title || annotations.excerpt !== undefined || annotations.skip !== undefined) continue;
    const text = shownCode(block.code, annotations.hidden);
    const hidden = new Set(annotations.hidden);
    const lineMap = block.code
      .split('\n')
      .map((_, index) => index)
      .filter((index) => !hidden.has(index + 1))
      .map((index) => block.firstLine + index);
    steps.push({ kind: 'write', file: step.file, line: step.line, path: path.posix.normalize(annotations.title), text: `${text}\n`, lineMap });
  }
  if (!steps.some((step) => step.kind === 'scaffold')) throw new ReplayError({ file: page, line: 1 }, 'plan', 'the guide shows no `npx create-next-app` command');
  if (!steps.some((step) => step.kind === 'write' && step.path === '.env.local')) {
    throw new ReplayError({ file: page, line: 1 }, 'plan', 'the guide never shows the .env.local block the app reads its settings from');
  }
  return { name, page, guide, steps };
}
