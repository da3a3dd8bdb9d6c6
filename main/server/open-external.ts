import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The program on PATH, or null. */
export function findOnPath(name: string, env: Record<string, string | undefined> = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** How this OS opens a URL or folder with the user's default app, or null when it cannot. */
export function systemOpener(platform: NodeJS.Platform = process.platform, env: Record<string, string | undefined> = process.env): { command: string; args: (target: string) => string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: (target) => [target] };
  if (platform === 'win32') return { command: 'explorer.exe', args: (target) => [target] };
  const xdg = findOnPath('xdg-open', env);
  return xdg ? { command: xdg, args: (target) => [target] } : null;
}

/** Starts the opener detached (argument array, no shell) and does not wait for it. */
export function openWithSystem(target: string, opener = systemOpener()): boolean {
  if (opener === null) return false;
  const child = spawn(opener.command, opener.args(target), { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
