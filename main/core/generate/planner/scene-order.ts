import type { PlanImage, ViewType } from '../../../../preload/contract/plan/scene-plan';
import { rotate } from './seeded-random';

/** Which image opens the ad: the hero shot when there is one. */
const OPENER_PRIORITY: readonly ViewType[] = ['front', 'side', 'top', 'lifestyle', 'detail', 'back'];

/** Story order after the opener: angles, then details in the middle, lifestyle near the end. */
const STORY_RANK: Readonly<Record<ViewType, number>> = { front: 0, side: 1, top: 2, back: 3, detail: 4, lifestyle: 5 };

/** The opener first, the rest in story order (stable: equal views keep the caller's order). */
export function orderImages(images: readonly PlanImage[]): PlanImage[] {
  const opener = OPENER_PRIORITY.map((view) => images.find((img) => img.viewType === view)).find((img) => img !== undefined);
  if (opener === undefined) return [];
  const rest = images.filter((img) => img !== opener);
  const ranked = rest.map((img, i) => ({ img, i })).sort((a, b) => STORY_RANK[a.img.viewType] - STORY_RANK[b.img.viewType] || a.i - b.i);
  return [opener, ...ranked.map((r) => r.img)];
}

/** Which views to keep when not every photo fits: details sell, backs rarely do. */
const KEEP_RANK: Readonly<Record<ViewType, number>> = { front: 0, detail: 1, side: 2, top: 3, lifestyle: 4, back: 5 };

/** More images than scenes: keep the opener, a lifestyle closer and as many different views as fit. */
function selectSubset(ordered: readonly PlanImage[], count: number, variation: number): PlanImage[] {
  const [opener, ...rest] = ordered;
  if (opener === undefined) return [];
  const lifestyle = rest.filter((img) => img.viewType === 'lifestyle').at(-1);
  const others = rest.filter((img) => img !== lifestyle);
  const firstOfView = others
    .filter((img, i) => others.findIndex((o) => o.viewType === img.viewType) === i)
    .sort((a, b) => KEEP_RANK[a.viewType] - KEEP_RANK[b.viewType]);
  const repeats = others.filter((img) => !firstOfView.includes(img));
  const priority = [opener, ...(lifestyle ? [lifestyle] : []), ...rotate(firstOfView, variation), ...rotate(repeats, variation)];
  const chosen = new Set(priority.slice(0, count));
  return ordered.filter((img) => chosen.has(img));
}

const cycle = (list: readonly PlanImage[], length: number): PlanImage[] => Array.from({ length }, (_, i) => list[i % list.length] as PlanImage);

/**
 * Fewer images than scenes: the angles and details come round again in story order, lifestyle
 * shots follow, and the ad closes on the hero for the CTA, never showing one photo twice in a row.
 */
function extendSequence(ordered: readonly PlanImage[], count: number): PlanImage[] {
  const opener = ordered[0];
  if (opener === undefined) return [];
  if (ordered.length === 1) return cycle(ordered, count);
  const lifestyles = ordered.filter((img) => img.viewType === 'lifestyle' && img !== opener);
  const body = ordered.filter((img) => !lifestyles.includes(img));
  // With the hero alone in the body, repeating it would stutter: alternate through everything.
  const seq = body.length === 1 ? cycle(ordered, count - 1) : [...cycle(body, count - 1 - lifestyles.length), ...lifestyles];
  const last = seq.at(-1);
  seq.push(last === opener ? (ordered[1] as PlanImage) : opener);
  return seq;
}

/** The image of each scene, in play order. */
export function sceneSequence({ images, count, variation }: { images: readonly PlanImage[]; count: number; variation: number }): PlanImage[] {
  const ordered = orderImages(images);
  if (count <= ordered.length) return selectSubset(ordered, count, variation);
  return extendSequence(ordered, count);
}
