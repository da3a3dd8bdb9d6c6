import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAdloomTempName, tempPathFor } from './temp-files';

describe('tempPathFor', () => {
  it('puts a hidden, recognisable name beside the target, keeping its extension', () => {
    const temp = tempPathFor(path.join('/exports', 'Summer ad.mp4'));
    expect(path.dirname(temp)).toBe('/exports');
    expect(path.basename(temp)).toMatch(/^\.Summer ad\.mp4\.adloom-tmp-[0-9a-f]{12}\.mp4$/);
    expect(isAdloomTempName(path.basename(temp))).toBe(true);
    expect(tempPathFor('/x/a.mp4')).not.toBe(tempPathFor('/x/a.mp4'));
  });
});

describe('isAdloomTempName', () => {
  it('matches only our temp names', () => {
    expect(['.a.mp4.adloom-tmp-0123abcd.mp4', '.b.mov.adloom-tmp-00112233aabb.mov'].map(isAdloomTempName)).toEqual([true, true]);
    expect(['a.mp4', '.a.mp4', 'a.mp4.adloom-tmp-0123abcd.mp4', '.a.adloom-tmp-xyz.mp4', '.a.adloom-tmp-0123abcd.mp4.part'].map(isAdloomTempName)).toEqual([
      false, false, false, false, false,
    ]);
  });
});
