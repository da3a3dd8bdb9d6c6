import { describe, expect, it } from 'vitest';
import type { PlanImage, ViewType } from '../../../../preload/contract/plan/scene-plan';
import { orderImages, sceneSequence } from './scene-order';

const img = (n: number, viewType: ViewType): PlanImage => ({ assetId: String(n).repeat(64), viewType });
const views = (list: readonly PlanImage[]): string[] => list.map((i) => `${i.viewType}${i.assetId[0]}`);

describe('orderImages', () => {
  it('opens on the front shot and keeps details in the middle, lifestyle last', () => {
    const images = [img(1, 'lifestyle'), img(2, 'detail'), img(3, 'back'), img(4, 'front'), img(5, 'side'), img(6, 'top'), img(7, 'detail')];
    expect(views(orderImages(images))).toEqual(['front4', 'side5', 'top6', 'back3', 'detail2', 'detail7', 'lifestyle1']);
  });

  it('opens on the best view there is', () => {
    expect(views(orderImages([img(1, 'back'), img(2, 'detail')]))).toEqual(['detail2', 'back1']);
    expect(views(orderImages([img(1, 'lifestyle'), img(2, 'top')]))).toEqual(['top2', 'lifestyle1']);
  });
});

describe('sceneSequence', () => {
  const images = [img(1, 'lifestyle'), img(2, 'detail'), img(3, 'front'), img(4, 'side')];

  it('repeats shots in story order and closes on the hero', () => {
    expect(views(sceneSequence({ images, count: 7, variation: 0 }))).toEqual(['front3', 'side4', 'detail2', 'front3', 'side4', 'lifestyle1', 'front3']);
  });

  it('alternates when the hero is the only non-lifestyle shot', () => {
    expect(views(sceneSequence({ images: [img(1, 'front'), img(2, 'lifestyle')], count: 5, variation: 0 }))).toEqual(['front1', 'lifestyle2', 'front1', 'lifestyle2', 'front1']);
  });

  it('keeps the opener, a lifestyle shot and the most useful views when photos outnumber scenes', () => {
    const many = [...images, img(5, 'back'), img(6, 'top'), img(7, 'detail')];
    expect(views(sceneSequence({ images: many, count: 4, variation: 0 }))).toEqual(['front3', 'side4', 'detail2', 'lifestyle1']);
    expect(views(sceneSequence({ images: many, count: 4, variation: 1 }))).toEqual(['front3', 'side4', 'top6', 'lifestyle1']);
  });

  it('uses one photo for every scene when there is only one', () => {
    expect(views(sceneSequence({ images: [img(1, 'detail')], count: 3, variation: 2 }))).toEqual(['detail1', 'detail1', 'detail1']);
  });
});
