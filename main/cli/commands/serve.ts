import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/shared/app-error';
import { loopbackAddress } from '../../server/loopback';
import { openWithSystem } from '../../server/open-external';
import { startServer } from '../../server/start-server';
import { findAppRoot, rendererDir } from '../app-root';
import type { CliContext } from '../cli-context';
import { integerIn } from '../parse-options';
import { ADLOOM_VERSION } from '../version';

export interface ServeOptions {
  port?: string;
  host?: string;
  open?: boolean;
}

function waitForStop(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

/** Runs browser mode until Ctrl+C (or SIGTERM), printing the URL with its token. */
export async function runServe(ctx: CliContext, opts: ServeOptions): Promise<void> {
  const port = integerIn('--port', opts.port, { min: 0, max: 65535 }) ?? 0;
  const host = loopbackAddress(opts.host ?? '127.0.0.1');
  const root = findAppRoot();
  const renderer = root === null ? null : rendererDir(root);
  if (renderer === null || !fs.existsSync(path.join(renderer, 'index.html'))) {
    throw new AppError('NOT_FOUND', `the app page is not built (${renderer ?? 'dist/renderer'} has no index.html); run "npm run build" first`);
  }
  const server = await startServer({
    store: ctx.store(),
    dataDir: ctx.dataDir(),
    version: ADLOOM_VERSION,
    rendererDir: renderer,
    fontsDir: ctx.fontsDir(),
    host,
    port,
    env: ctx.io.env,
    log: (entry) => ctx.io.stderr.write(`adloom: ${entry.message}\n`),
  });
  ctx.io.stdout.write(`Adloom is running in browser mode at:\n\n  ${server.url}\n\nThe link carries a one-time token; keep it private. Press Ctrl+C to stop.\n`);
  if (opts.open && !openWithSystem(server.url)) ctx.io.stdout.write('No browser opener (xdg-open) was found: open the link above yourself.\n');
  await waitForStop();
  ctx.io.stdout.write('Stopping browser mode.\n');
  await server.close();
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('run Adloom in your browser: serves the app on 127.0.0.1 behind a private link')
    .option('--port <n>', 'port to listen on (0 = any free port)', '0')
    .option('--host <address>', 'loopback address: 127.0.0.1 or ::1 (nothing else is allowed)', '127.0.0.1')
    .option('--open', 'open the link in the default browser')
    .action((opts: ServeOptions) => runServe(ctx, opts));
}
