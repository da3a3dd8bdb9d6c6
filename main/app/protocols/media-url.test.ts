import { describe, expect, it } from 'vitest';
import { mediaUrl, previewUrl } from '../../../preload/contract/api';
import { parseMediaUrl } from './media-url';

const id = 'a'.repeat(64);

describe('parseMediaUrl', () => {
  it('reads the URLs the renderer builds with the contract’s mediaUrl()', () => {
    expect(parseMediaUrl(mediaUrl('electron', id))).toEqual({ ok: true, variant: 'file', assetId: id });
    expect(parseMediaUrl(mediaUrl('electron', id, 'thumbnail'))).toEqual({ ok: true, variant: 'thumbnail', assetId: id });
    expect(parseMediaUrl(mediaUrl('electron', id, 'filmstrip'))).toEqual({ ok: true, variant: 'filmstrip', assetId: id });
  });

  it('reads preview URLs by preview id only', () => {
    const previewId = 'b'.repeat(32);
    expect(parseMediaUrl(previewUrl('electron', previewId))).toEqual({ ok: true, variant: 'preview', previewId });
    expect(parseMediaUrl(`media://preview/${previewId}/x`)).toEqual({ ok: false, reason: `"${previewId}/x" is not a preview id (32 lower-case hex characters)` });
    expect(parseMediaUrl('media://preview/..%2F..%2Fsecrets.json')).toEqual({ ok: false, reason: '"..%2F..%2Fsecrets.json" is not a preview id (32 lower-case hex characters)' });
  });

  it('refuses anything but an asset id', () => {
    expect(parseMediaUrl(`media://asset/${id.toUpperCase()}`)).toEqual({ ok: false, reason: `"${id.toUpperCase()}" is not an asset id (64 lower-case hex characters)` });
    expect(parseMediaUrl('media://asset/%2Fetc%2Fpasswd')).toEqual({ ok: false, reason: '"%2Fetc%2Fpasswd" is not an asset id (64 lower-case hex characters)' });
    expect(parseMediaUrl(`media://asset/${id}/thumbnail/x`)).toEqual({ ok: false, reason: `"/${id}/thumbnail/x" is not /<id>, /<id>/thumbnail or /<id>/filmstrip` });
    expect(parseMediaUrl(`media://asset/${id}/filmstrip/sprite.jpg`)).toEqual({ ok: false, reason: `"/${id}/filmstrip/sprite.jpg" is not /<id>, /<id>/thumbnail or /<id>/filmstrip` });
    expect(parseMediaUrl(`media://asset/${id}/`)).toEqual({ ok: false, reason: `"/${id}/" is not /<id>, /<id>/thumbnail or /<id>/filmstrip` });
    expect(parseMediaUrl(`media://library/${id}`)).toEqual({ ok: false, reason: '"library" is not asset or preview' });
    expect(parseMediaUrl('::')).toEqual({ ok: false, reason: '"::" is not a URL' });
  });
});
