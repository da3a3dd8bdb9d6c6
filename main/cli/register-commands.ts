import type { Command } from 'commander';
import type { CliContext } from './cli-context';
import { registerDoctor } from './commands/doctor';
import { registerMedia } from './commands/media';
import { registerProjects } from './commands/projects';

/** Every CLI command, in the order `adloom --help` lists them. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerDoctor(program, ctx);
  registerProjects(program, ctx);
  registerMedia(program, ctx);
}
