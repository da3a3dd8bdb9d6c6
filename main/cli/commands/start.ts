import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { AppError } from '../../core/shared/app-error';
import { findAppRoot } from '../app-root';
import type { CliContext } from '../cli-context';
import { findElectronBinary } from '../electron-binary';
import { runServe, type ServeOptions } from './serve';

/**
 * Starts Electron on the app folder (so Electron reads package.json: the productName decides
 * the userData folder the CLI and browser mode share) and waits for it to quit.
 */
function runElectron(ctx: CliContext, binary: string, appRoot: string): Promise<void> {
  const env = { ...ctx.io.env };
  // Set in some shells and CI images; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [appRoot], { stdio: 'inherit', env });
    child.once('error', (err) => reject(new AppError('INTERNAL', `Electron could not be started (${binary}): ${err.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0 || signal === 'SIGINT' || signal === 'SIGTERM') resolve();
      else reject(new AppError('INTERNAL', `Electron exited with ${signal ? `signal ${signal}` : `code ${code}`}`));
    });
  });
}

export async function runStart(ctx: CliContext, opts: ServeOptions & { browser?: boolean }): Promise<void> {
  const root = findAppRoot();
  const binary = root === null || opts.browser ? null : findElectronBinary(root);
  if (binary !== null && root !== null) return runElectron(ctx, binary, root);
  if (!opts.browser) ctx.io.stdout.write('Electron is not installed here; starting browser mode.\n');
  return runServe(ctx, opts);
}

export function registerStart(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('start the desktop app, or browser mode where Electron is not installed (what "npm start" runs)')
    .option('--browser', 'use browser mode even where Electron is installed')
    .option('--port <n>', 'browser mode: port to listen on (0 = any free port)', '0')
    .option('--open', 'browser mode: open the link in the default browser')
    .action((opts: ServeOptions & { browser?: boolean }) => runStart(ctx, opts));
}
