import { isTrustedUrl } from './url-policy';

/**
 * Electron grants every permission by default (checklist item 5). We grant only what the
 * editor uses, only to our own top-level page: fullscreen for the preview, and writing
 * plain text to the clipboard. Camera, microphone, geolocation, notifications, HID/USB/serial,
 * screen capture and the rest are refused.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['fullscreen', 'clipboard-sanitized-write'];

export function decidePermission(request: {
  permission: string;
  requestingUrl: string | undefined;
  isMainFrame: boolean;
  trustedOrigins: readonly string[];
}): boolean {
  const { permission, requestingUrl, isMainFrame, trustedOrigins } = request;
  if (!GRANTED_PERMISSIONS.includes(permission) || !isMainFrame || requestingUrl === undefined) return false;
  return isTrustedUrl({ url: requestingUrl, trustedOrigins });
}
