import type { Writable } from 'node:stream';

/** Where the CLI writes and what it reads from the outside world; injected so tests run in-process. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr is a terminal (progress bar instead of JSON lines). */
  isTty: boolean;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTty: Boolean(process.stderr.isTTY) };
}

/** Thrown for a wrong command line: the CLI exits with 2 instead of 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Prints `value` as one JSON document (--json) or the human text. */
export function printResult(io: CliIo, opts: { json: boolean; value: unknown; human: () => string }): void {
  io.stdout.write(opts.json ? `${JSON.stringify(opts.value, null, 2)}\n` : `${opts.human()}\n`);
}
