import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../main/cli/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs the CLI in-process with its own data directory and captured output. */
export async function runCliCaptured(argv: string[], options: { home: string; cwd?: string; env?: Record<string, string | undefined> }): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await runCli(argv, {
    stdout,
    stderr,
    env: { ...process.env, ...options.env, ADLOOM_HOME: options.home },
    cwd: options.cwd ?? process.cwd(),
    isTty: false,
  });
  return { code, stdout: out(), stderr: err() };
}

export function tempHome(prefix = 'adloom-cli-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
