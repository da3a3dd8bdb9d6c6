import { describe, expect, it } from 'vitest';
import { checkedImages, imageChoices, planAspect, planRequest, type ImageAsset } from './plan-request';

const img = (n: number, viewType: ImageAsset['viewType'] = null, kind: ImageAsset['kind'] = 'image'): ImageAsset => ({ id: String(n).repeat(64), kind, viewType, originalName: `p${n}.jpg` });
const A = img(1, 'side');
const B = img(2);
const SONG = img(3, null, 'audio');

describe('image selection', () => {
  it('lists only images, each checked unless left out', () => {
    expect(imageChoices([A, SONG, B], { [B.id]: true }).map((c) => [c.asset.originalName, c.checked])).toEqual([
      ['p1.jpg', true],
      ['p2.jpg', false],
    ]);
  });

  it('gives the checked images in media order', () => {
    expect(checkedImages([B, SONG, A], {}).map((a) => a.originalName)).toEqual(['p2.jpg', 'p1.jpg']);
  });
});

describe('planRequest', () => {
  const form = { images: [A, B], brief: '  A desk fan that is quiet  ', mood: 61.6, platform: 'tiktok' as const, aspect: '9:16' as const };

  it('builds the request: images with their view (front when unset), trimmed brief, whole mood', () => {
    expect(planRequest(form)).toEqual({
      ok: true,
      request: {
        images: [
          { assetId: A.id, viewType: 'side' },
          { assetId: B.id, viewType: 'front' },
        ],
        brief: 'A desk fan that is quiet',
        mood: 62,
        platform: 'tiktok',
        aspect: '9:16',
      },
    });
  });

  it('leaves out a project aspect the platform does not take, so the planner uses the platform’s', () => {
    const built = planRequest({ ...form, aspect: '16:9' });
    expect(built.ok && built.request.aspect).toBeUndefined();
    expect(built.ok && 'aspect' in built.request).toBe(false);
    expect([planAspect('instagram-feed', '1:1'), planAspect('youtube', '9:16'), planAspect('generic', '4:5')]).toEqual(['1:1', undefined, '4:5']);
  });

  it('says what is missing: images, a brief, or too many images', () => {
    expect([
      planRequest({ ...form, images: [] }),
      planRequest({ ...form, brief: '   ' }),
      planRequest({ ...form, images: Array.from({ length: 31 }, (_, i) => img(i)) }),
    ]).toEqual([
      { ok: false, reason: 'Choose at least one image to plan scenes from.' },
      { ok: false, reason: 'Write a short brief: what the product is and what the ad should say.' },
      { ok: false, reason: 'Choose at most 30 images; 31 are selected.' },
    ]);
  });
});
