import type { CustomScheme } from 'electron';

/**
 * The two schemes the window may load from (style-anchors §4.2 item 18). Both are registered
 * as privileged before `ready`; neither bypasses CSP.
 */
export const APP_SCHEME = 'app';
/** A fixed host makes app://adloom a real origin (standard scheme), so 'self' and origin checks work. */
export const APP_HOST = 'adloom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const MEDIA_SCHEME = 'media';
/**
 * media://asset/<sha256> is the library file, media://asset/<sha256>/thumbnail its thumbnail,
 * media://asset/<sha256>/filmstrip its filmstrip sprite (videos); the renderer builds these with
 * mediaUrl() from preload/contract/api.ts.
 */
export const MEDIA_HOST = 'asset';
/** media://preview/<previewId> is a finished proxy preview (<dataDir>/cache/previews), built with previewUrl(). */
export const PREVIEW_HOST = 'preview';
export type MediaVariant = 'file' | 'thumbnail' | 'filmstrip';

/** What a media:// URL asks for: a library file, thumbnail or filmstrip by asset id, or a preview by its id. */
export type MediaTarget = { variant: MediaVariant; assetId: string } | { variant: 'preview'; previewId: string };

export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = [
  // standard: relative URLs and a real origin; secure: treated like https (secure context).
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  // stream: <video>/<audio> read it progressively and seek with Range requests.
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
];
