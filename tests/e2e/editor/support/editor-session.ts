import type { Browser, Page } from 'playwright';
import { launchChromium } from '../../support/chromium';
import { startAdloomServer, type AdloomServer } from './adloom-server';

export interface EditorSession {
  server: AdloomServer;
  browser: Browser;
  page: Page;
  /** Page errors and console errors (the favicon aside): a run ends by expecting none. */
  problems: string[];
}

/** A fresh browser-mode server and one 1440x900 Chromium page that records its errors. */
export async function openEditorSession(): Promise<EditorSession> {
  const server = await startAdloomServer();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico') && problems.push(msg.text()));
  return { server, browser, page, problems };
}

export async function closeEditorSession(session: EditorSession | undefined): Promise<void> {
  await session?.browser.close();
  await session?.server.stop();
}
