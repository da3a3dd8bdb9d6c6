import type { z } from 'zod';
import { appCommands } from './commands/app-commands';
import { documentCommands } from './commands/document-commands';
import { exportsCommands } from './commands/exports-commands';
import { generateCommands } from './commands/generate-commands';
import { jobsCommands } from './commands/jobs-commands';
import { keysCommands } from './commands/keys-commands';
import { mediaCommands } from './commands/media-commands';
import { planCommands } from './commands/plan-commands';
import { projectsCommands } from './commands/projects-commands';
import { renderCommands } from './commands/render-commands';
import { settingsCommands } from './commands/settings-commands';
import { voiceoverCommands } from './commands/voiceover-commands';

export type { CommandSpec } from './commands/command-spec';

/**
 * THE contract: every command the renderer can send, named noun.verb, with zod schemas for its
 * input and output. Both transports (Electron IPC, browser-mode WebSocket) validate every input
 * against it before a handler runs; main/handlers must implement every name (a compile error
 * otherwise). One file per namespace under ./commands.
 */
export const commands = {
  ...projectsCommands,
  ...documentCommands,
  ...mediaCommands,
  ...renderCommands,
  ...exportsCommands,
  ...planCommands,
  ...generateCommands,
  ...voiceoverCommands,
  ...jobsCommands,
  ...keysCommands,
  ...settingsCommands,
  ...appCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
/** What a caller may send (defaults may be omitted). */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
/** What a handler receives: the input after parsing (defaults filled in). */
export type ParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
/** What a caller receives. */
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}
