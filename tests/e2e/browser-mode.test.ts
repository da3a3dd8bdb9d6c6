import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyMedia } from '../integration/contract/tiny-media';
import { launchChromium } from './support/chromium';

// Expects `npm run build` to have run: this starts the built CLI exactly as `npm start` does.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'cli', 'adloom.js');

let home: string;
let app: ChildProcess;
let output = '';
let url: string;
let browser: Browser;

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within 30 s; output so far:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`adloom start exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-e2e-'));
  const env = { ...process.env, ADLOOM_HOME: home };
  const created = spawnSync(process.execPath, [cli, 'projects', 'create', 'E2E project'], { env, encoding: 'utf8' });
  if (created.status !== 0) throw new Error(`projects create failed: ${created.stderr}`);
  app = spawn(process.execPath, [cli, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await waitForUrl(app);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it('falls back to browser mode and says so', () => {
    expect(output).toContain('Electron is not installed here; starting browser mode.');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('serves a page that completes a command round trip over the socket, then drops the token from the address bar', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    // The build has no favicon yet; Chromium asking for one is not a problem of the page.
    page.on('console', (msg) => msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico') && problems.push(`${msg.text()} ${msg.location().url}`));
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(url);
    const info = page.getByTestId('app-info');
    await info.waitFor({ timeout: 15_000 });
    expect(await info.textContent()).toBe('Version 0.1.0 · browser mode · 1 project');
    expect(page.url()).not.toContain('token=');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works the same when opened as localhost (the other name the server answers to)', async () => {
    const page = await browser.newPage();
    await page.goto(url.replace('127.0.0.1', 'localhost'));
    await page.getByTestId('app-info').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('app-info').textContent()).toContain('browser mode');
    await page.close();
  });

  it('plays library media over HTTP Range: a <video> seeks in Chromium', async () => {
    const { mp4 } = await tinyMedia();
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('app-info').waitFor({ timeout: 15_000 });
    // After the token left the address bar, the HttpOnly cookie authenticates both the socket and <video>.
    const result = await page.evaluate(async (file) => {
      const ws = new WebSocket(`ws://${location.host}/ws`);
      await new Promise((resolve, reject) => {
        ws.onopen = resolve;
        ws.onerror = () => reject(new Error('socket refused'));
      });
      const answer = new Promise<{ result: { ok: boolean; value: { imported: { asset: { id: string } }[] } } }>((resolve) => {
        ws.onmessage = (e) => {
          const frame = JSON.parse(String(e.data));
          if (frame.t === 'result') resolve(frame);
        };
      });
      ws.send(JSON.stringify({ t: 'call', id: 1, name: 'media.import', input: { sources: [{ path: file }] } }));
      const id = (await answer).result.value.imported[0]?.asset.id;
      const video = document.createElement('video');
      video.muted = true;
      video.preload = 'auto';
      video.src = `/media/${id}`;
      document.body.append(video);
      await new Promise((resolve, reject) => {
        video.onloadedmetadata = resolve;
        video.onerror = () => reject(new Error(`video error ${video.error?.code}`));
      });
      video.currentTime = 0.6;
      await new Promise((resolve) => (video.onseeked = resolve));
      return { duration: video.duration, currentTime: video.currentTime, seekable: video.seekable.length > 0 ? video.seekable.end(0) : 0 };
    }, mp4);
    expect(result.duration).toBeCloseTo(1, 1);
    expect(result.currentTime).toBeCloseTo(0.6, 1);
    expect(result.seekable).toBeGreaterThan(0.9);
    await page.close();
  });
});
