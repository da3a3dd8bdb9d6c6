import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { decideNavigation, decideWindowOpen, type UrlPolicy } from './url-policy';

/** The part of an Electron event the guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/**
 * The slice of WebContents the guards touch. Structural, so the wiring is unit-tested with a
 * plain emitter where Electron cannot start; a real WebContents satisfies it.
 */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

export interface GuardOptions {
  policy: UrlPolicy;
  /** Hands an allowlisted https URL to the system browser (shell.openExternal in the app). */
  openExternal: (url: string) => void;
  /** Told about every refusal, so a blocked navigation is visible in the log. */
  onBlocked?: (what: string, url: string) => void;
}

/**
 * Checklist items 12–15 on one webContents: navigation and redirects stay on our origin in
 * every frame, no new windows, no <webview>. Installed from 'web-contents-created' so no
 * webContents (including ones created later) escapes it.
 */
export function guardWebContents(contents: GuardableContents, { policy, openExternal, onBlocked }: GuardOptions): void {
  const guardNavigation = (what: string) => (details: PreventableEvent & { url: string }) => {
    const decision = decideNavigation({ url: details.url, policy });
    if (decision.action === 'allow') return;
    details.preventDefault();
    if (decision.action === 'open-external') openExternal(decision.url);
    else onBlocked?.(what, details.url);
  };
  // will-navigate covers the main frame (the one the checklist names); will-frame-navigate also
  // covers subframes; will-redirect catches a server redirect out of an allowed navigation.
  contents.on('will-navigate', guardNavigation('navigation'));
  contents.on('will-frame-navigate', guardNavigation('frame navigation'));
  contents.on('will-redirect', guardNavigation('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked?.('webview', '(attach)');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen({ url, policy });
    if (decision.action === 'open-external') openExternal(decision.url);
    else onBlocked?.('new window', url);
    return { action: 'deny' };
  });
}
