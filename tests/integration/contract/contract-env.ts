import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import type { CommandName, CommandOutput } from '../../../preload/contract/api';
import type { AppErrorDto } from '../../../preload/contract/errors';
import type { Result } from '../../../preload/contract/result';
import { Secret, type SecretName, type SecretStore } from '../../../main/core/ports/secret-store';
import { openStore, type Store } from '../../../main/core/storage/store';
import { createHandlerContext } from '../../../main/handlers/create-handler-context';
import { dispatch } from '../../../main/handlers/dispatch';
import { createEventBus } from '../../../main/handlers/event-bus';
import type { HandlerContext, HandlerLogEntry } from '../../../main/handlers/handler-context';
import type { Handlers } from '../../../main/handlers/handler-types';
import type { ShellPort, UploadStore } from '../../../main/handlers/ports';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The fonts the app ships (the same ones export and preview use). */
export const FONTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/fonts');

export function tempDir(prefix = 'adloom-contract-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The port Electron's safeStorage store implements, kept in memory (that store needs Electron). */
export function memorySecretStore(): SecretStore {
  const keys = new Map<SecretName, string>();
  return {
    get: (name) => Promise.resolve(keys.has(name) ? new Secret(keys.get(name) as string) : null),
    set: (name, value) => Promise.resolve(void keys.set(name, value)),
    delete: (name) => Promise.resolve(void keys.delete(name)),
    describe: (name) => `the app's key store (${name})`,
  };
}

/** Native dialogs and the file manager cannot run here: this shell answers and records. */
export interface RecordingShell extends ShellPort {
  revealed: string[];
  nextOpen: string[];
  nextSave: string | null;
}

export function recordingShell(): RecordingShell {
  const shell: RecordingShell = {
    dialogs: true,
    reveal: true,
    revealed: [],
    nextOpen: [],
    nextSave: null,
    openDialog: () => Promise.resolve(shell.nextOpen),
    saveDialog: () => Promise.resolve(shell.nextSave),
    revealPath: (p) => Promise.resolve(void shell.revealed.push(p)),
  };
  return shell;
}

export interface ContractEnv {
  dataDir: string;
  store: Store;
  ctx: HandlerContext;
  shell: RecordingShell;
  events: { name: string; payload: unknown }[];
  logs: HandlerLogEntry[];
  call(name: string, input: unknown, handlers?: Handlers): Promise<Result<unknown>>;
  /** Runs a command that must succeed and returns its output. */
  value<N extends CommandName>(name: N, input: unknown): Promise<CommandOutput<N>>;
  /** Runs a command that must fail and returns its error. */
  error(name: string, input: unknown): Promise<AppErrorDto>;
}

export interface ContractEnvOptions {
  env?: Record<string, string | undefined>;
  secrets?: SecretStore;
  uploads?: UploadStore | null;
  mode?: 'electron' | 'browser';
  /** Short side of previews and draft exports; tiny by default so renders take a moment. */
  proxyShortSide?: number;
}

/** A real temp store and data dir, the real registry and dispatch, events collected. */
export function contractEnv(options: ContractEnvOptions = {}): ContractEnv {
  const dataDir = tempDir();
  const store = openStore({ dataDir });
  const bus = createEventBus({ intervalMs: 0, validate: true });
  const events: ContractEnv['events'] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const logs: HandlerLogEntry[] = [];
  const shell = recordingShell();
  const ctx = createHandlerContext({
    mode: options.mode ?? 'electron',
    version: '9.9.9-test',
    dataDir,
    store,
    secrets: options.secrets ?? memorySecretStore(),
    shell,
    events: bus,
    uploads: options.uploads ?? null,
    env: { ...process.env, ...options.env },
    fontsDir: FONTS_DIR,
    proxyShortSide: options.proxyShortSide ?? 64,
    log: (entry) => logs.push(entry),
  });
  cleanups.push(async () => {
    // Renders and job runners first: they write to the store and the data dir.
    await ctx.lifecycle.stop();
    bus.close();
    store.close();
  });
  const call = (name: string, input: unknown, handlers?: Handlers): Promise<Result<unknown>> =>
    dispatch({ name, rawInput: input, ctx, validateOutput: true, ...(handlers && { handlers }) });
  return {
    dataDir,
    store,
    ctx,
    shell,
    events,
    logs,
    call,
    async value(name, input) {
      const result = await call(name, input);
      if (!result.ok) expect.fail(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async error(name, input) {
      const result = await call(name, input);
      if (result.ok) expect.fail(`${name} succeeded but was expected to fail`);
      return result.error;
    },
  };
}
