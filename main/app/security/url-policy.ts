/**
 * Pure decisions about URLs (style-anchors §4.2 items 13–15). Origins are compared after
 * parsing, never by string prefix: "app://adloom.evil" or "app://adloom@evil" must not pass.
 */

/**
 * "scheme://host[:port]" of a URL, lower-cased, or null when it has none. Node's URL.origin is
 * "null" for schemes it does not know (app:, media:), so the origin is built from the parts,
 * the way Chromium does for a registered standard scheme.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isTrustedUrl({ url, trustedOrigins }: { url: string; trustedOrigins: readonly string[] }): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/**
 * Links the app may hand to the system browser: https only, no credentials in the URL, and a
 * host on the allowlist (exactly, or a subdomain of an entry).
 */
export function isAllowedExternalUrl({ url, allowedHosts }: { url: string; allowedHosts: readonly string[] }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny' } | { action: 'open-external'; url: string };

export interface UrlPolicy {
  trustedOrigins: readonly string[];
  externalHosts: readonly string[];
}

/**
 * A frame may navigate only within our own origin. A link to an allowlisted https page opens
 * in the system browser instead; everything else is dropped.
 */
export function decideNavigation({ url, policy }: { url: string; policy: UrlPolicy }): NavigationDecision {
  if (isTrustedUrl({ url, trustedOrigins: policy.trustedOrigins })) return { action: 'allow' };
  if (isAllowedExternalUrl({ url, allowedHosts: policy.externalHosts })) return { action: 'open-external', url };
  return { action: 'deny' };
}

/** window.open and target=_blank never create an Electron window; allowlisted links go to the browser. */
export function decideWindowOpen({ url, policy }: { url: string; policy: UrlPolicy }): NavigationDecision {
  return isAllowedExternalUrl({ url, allowedHosts: policy.externalHosts }) ? { action: 'open-external', url } : { action: 'deny' };
}
