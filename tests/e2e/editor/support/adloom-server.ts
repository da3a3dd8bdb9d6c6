import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'adloom.js');

export interface AdloomServer {
  url: string;
  home: string;
  /** Runs the built CLI against the same data folder (e.g. to read what autosave stored). */
  cli(args: string[]): string;
  stop(): Promise<void>;
}

/** `adloom serve --port 0` with a fresh ADLOOM_HOME; resolves with the printed link (token included). */
export async function startAdloomServer(): Promise<AdloomServer> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-editor-e2e-'));
  const env = { ...process.env, ADLOOM_HOME: home };
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`adloom serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    home,
    cli(args) {
      const run = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`adloom ${args.join(' ')} failed: ${run.stderr}`);
      return run.stdout;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
