import { MEDIA_HOST, PREVIEW_HOST, type MediaTarget, type MediaVariant } from './schemes';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const PREVIEW_ID = /^[0-9a-f]{32}$/;

const ASSET_VARIANTS: readonly string[] = ['thumbnail', 'filmstrip'] satisfies MediaVariant[];
const isAssetVariant = (value: string): value is Exclude<MediaVariant, 'file'> => ASSET_VARIANTS.includes(value);

export type MediaRequest = ({ ok: true } & MediaTarget) | { ok: false; reason: string };

/**
 * Reads media://asset/<sha256>[/thumbnail|/filmstrip] and media://preview/<previewId> (the shapes mediaUrl()
 * and previewUrl() in preload/contract/api.ts build). Only ids are accepted, never a path, so the
 * page can ask for library files and previews and nothing else on disk (style-anchors §4.2 item 18).
 */
export function parseMediaUrl(url: string): MediaRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `"${url}" is not a URL` };
  }
  if (parsed.host === PREVIEW_HOST) {
    const previewId = parsed.pathname.replace(/^\//, '');
    return PREVIEW_ID.test(previewId) ? { ok: true, variant: 'preview', previewId } : { ok: false, reason: `"${previewId}" is not a preview id (32 lower-case hex characters)` };
  }
  if (parsed.host !== MEDIA_HOST) return { ok: false, reason: `"${parsed.host}" is not ${MEDIA_HOST} or ${PREVIEW_HOST}` };
  const [assetId = '', variant, ...rest] = parsed.pathname.replace(/^\//, '').split('/');
  if (!SHA256_HEX.test(assetId)) return { ok: false, reason: `"${assetId}" is not an asset id (64 lower-case hex characters)` };
  if (rest.length > 0 || (variant !== undefined && !isAssetVariant(variant))) return { ok: false, reason: `"${parsed.pathname}" is not /<id>, /<id>/thumbnail or /<id>/filmstrip` };
  return { ok: true, variant: variant ?? 'file', assetId };
}
