import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import type { ScenePlanRequest, ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { Aspect, Platform } from '../../../../preload/contract/project/primitives';
import { toRequestMood } from './mood';

/** ScenePlanRequest's cap on images. */
export const MAX_PLAN_IMAGES = 30;
/** The planner reads an image without a view type as a front view. */
export const FALLBACK_VIEW: ViewType = 'front';

/**
 * Aspects the planner accepts per platform (main/core/generate/planner/platforms.ts; the
 * contract has no copy yet). Any other aspect makes plan.create refuse the request.
 */
export const PLATFORM_ASPECTS: Readonly<Record<Platform, readonly Aspect[]>> = {
  tiktok: ['9:16'],
  reels: ['9:16'],
  shorts: ['9:16'],
  youtube: ['16:9'],
  'instagram-feed': ['4:5', '1:1'],
  generic: ['16:9', '9:16', '1:1', '4:5'],
};

/** The project's aspect when the platform takes it; else none, and the planner uses the platform's own. */
export function planAspect(platform: Platform, aspect: Aspect): Aspect | undefined {
  return PLATFORM_ASPECTS[platform].includes(aspect) ? aspect : undefined;
}

export type ImageAsset = Pick<ProjectAssetDto, 'id' | 'kind' | 'viewType' | 'originalName'>;

/** The project's images, in the media bin's order, and whether each is in the selection. */
export function imageChoices<T extends ImageAsset>(assets: readonly T[], excluded: Readonly<Record<string, true>>): { asset: T; checked: boolean }[] {
  return assets.filter((a) => a.kind === 'image').map((asset) => ({ asset, checked: excluded[asset.id] !== true }));
}

export function checkedImages<T extends ImageAsset>(assets: readonly T[], excluded: Readonly<Record<string, true>>): T[] {
  return imageChoices(assets, excluded).flatMap((c) => (c.checked ? [c.asset] : []));
}

export interface PlanForm {
  images: readonly ImageAsset[];
  brief: string;
  mood: number;
  platform: Platform;
  aspect: Aspect;
}

/** The plan.create request for the form, or why it cannot be sent yet (a sentence for a person). */
export function planRequest(form: PlanForm): { ok: true; request: ScenePlanRequest } | { ok: false; reason: string } {
  if (form.images.length === 0) return { ok: false, reason: 'Choose at least one image to plan scenes from.' };
  if (form.images.length > MAX_PLAN_IMAGES) return { ok: false, reason: `Choose at most ${MAX_PLAN_IMAGES} images; ${form.images.length} are selected.` };
  const brief = form.brief.trim();
  if (brief === '') return { ok: false, reason: 'Write a short brief: what the product is and what the ad should say.' };
  const aspect = planAspect(form.platform, form.aspect);
  return {
    ok: true,
    request: {
      images: form.images.map((img) => ({ assetId: img.id, viewType: img.viewType ?? FALLBACK_VIEW })),
      brief: brief.slice(0, 2000),
      mood: toRequestMood(form.mood),
      platform: form.platform,
      ...(aspect !== undefined && { aspect }),
    },
  };
}
