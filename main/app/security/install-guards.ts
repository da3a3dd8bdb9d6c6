import { app, session, shell } from 'electron';
import { EXTERNAL_HOSTS } from './external-hosts';
import { guardSession } from './guard-session';
import { guardWebContents } from './guard-web-contents';
import { isAllowedExternalUrl, type UrlPolicy } from './url-policy';

export function urlPolicy(trustedOrigins: readonly string[]): UrlPolicy {
  return { trustedOrigins, externalHosts: EXTERNAL_HOSTS };
}

/**
 * The one place shell.openExternal is called (checklist item 15): the URL is parsed and
 * checked against the https allowlist first, whoever asks.
 */
export function openExternalSafely(url: string): boolean {
  if (!isAllowedExternalUrl({ url, allowedHosts: EXTERNAL_HOSTS })) {
    console.warn(`[security] refused to open ${JSON.stringify(url)}: not an https link to an allowed site`);
    return false;
  }
  void shell.openExternal(url).catch((err: unknown) => console.warn(`[security] could not open ${url}: ${String(err)}`));
  return true;
}

/** Call after 'ready' and before the first window. */
export function installSecurityGuards({ trustedOrigins }: { trustedOrigins: readonly string[] }): void {
  const policy = urlPolicy(trustedOrigins);
  guardSession(session.defaultSession, { trustedOrigins });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      policy,
      openExternal: (url) => void openExternalSafely(url),
      onBlocked: (what, url) => console.warn(`[security] blocked ${what} to ${url}`),
    });
  });
}
