import { Command, CommanderError } from 'commander';
import { AppError, toAppError } from '../core/shared/app-error';
import { createCliContext, type CliContext } from './cli-context';
import { UsageError, type CliIo } from './cli-io';
import { registerCommands } from './register-commands';
import { ADLOOM_VERSION } from './version';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('adloom')
    .description('Adloom: make product-ad videos from product photos, offline.')
    .version(ADLOOM_VERSION, '-v, --version')
    .showHelpAfterError('(run "adloom --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    });
  registerCommands(program, ctx);
  // Subcommands inherit exitOverride/output only when set before they are added, so apply again.
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) });
  return program;
}

/** One line, no stack: what failed and why. Usage errors exit 2, everything else 1. */
function reportError(io: CliIo, err: unknown): number {
  if (err instanceof UsageError) {
    io.stderr.write(`adloom: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const appErr = err instanceof AppError ? err : toAppError(err);
  io.stderr.write(`adloom: ${appErr.message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT_FAILURE;
}

/** Runs the CLI and returns the exit code (never calls process.exit, so tests can run it in-process). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const ctx = createCliContext(io);
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are "errors" to commander; they are successes to a person.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    return reportError(io, err);
  } finally {
    ctx.close();
  }
}
