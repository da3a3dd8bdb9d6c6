import { MEDIA_HOST, type MediaVariant } from './schemes';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export type MediaRequest = { ok: true; variant: MediaVariant; assetId: string } | { ok: false; reason: string };

/**
 * Reads media://asset/<sha256>[/thumbnail] (the shape mediaUrl() in preload/contract/api.ts
 * builds). Only an asset id is accepted, never a path, so the page can ask for library files
 * and nothing else on disk (style-anchors §4.2 item 18).
 */
export function parseMediaUrl(url: string): MediaRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `"${url}" is not a URL` };
  }
  if (parsed.host !== MEDIA_HOST) return { ok: false, reason: `"${parsed.host}" is not ${MEDIA_HOST}` };
  const [assetId = '', variant, ...rest] = parsed.pathname.replace(/^\//, '').split('/');
  if (!SHA256_HEX.test(assetId)) return { ok: false, reason: `"${assetId}" is not an asset id (64 lower-case hex characters)` };
  if (rest.length > 0 || (variant !== undefined && variant !== 'thumbnail')) return { ok: false, reason: `"${parsed.pathname}" is not /<id> or /<id>/thumbnail` };
  return { ok: true, variant: variant === 'thumbnail' ? 'thumbnail' : 'file', assetId };
}
