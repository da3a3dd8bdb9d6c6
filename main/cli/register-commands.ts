import type { Command } from 'commander';
import type { CliContext } from './cli-context';
import { registerDoctor } from './commands/doctor';
import { registerGenerate } from './commands/generate';
import { registerJobs } from './commands/jobs';
import { registerKeys } from './commands/keys';
import { registerMedia } from './commands/media';
import { registerPlan } from './commands/plan';
import { registerProjects } from './commands/projects';
import { registerQuick } from './commands/quick';
import { registerRender } from './commands/render';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';
import { registerVoiceover } from './commands/voiceover';

/** Every CLI command, in the order `adloom --help` lists them. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerDoctor(program, ctx);
  registerProjects(program, ctx);
  registerStart(program, ctx);
  registerServe(program, ctx);
  registerMedia(program, ctx);
  registerRender(program, ctx);
  registerQuick(program, ctx);
  registerPlan(program, ctx);
  registerGenerate(program, ctx);
  registerVoiceover(program, ctx);
  registerJobs(program, ctx);
  registerKeys(program, ctx);
}
