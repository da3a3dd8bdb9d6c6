import type { Command } from 'commander';
import type { CliContext } from './cli-context';
import { registerDoctor } from './commands/doctor';
import { registerMedia } from './commands/media';
import { registerProjects } from './commands/projects';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';

/** Every CLI command, in the order `adloom --help` lists them. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerDoctor(program, ctx);
  registerProjects(program, ctx);
  registerStart(program, ctx);
  registerServe(program, ctx);
  registerMedia(program, ctx);
}
