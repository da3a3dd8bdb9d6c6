import { describe, expect, it } from 'vitest';
import { ProjectSettings } from './settings';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (r: Result): [PropertyKey[], string][] => r.error?.issues.map((i) => [i.path, i.message]) ?? [];

describe('ProjectSettings', () => {
  it('fills in every default from a name alone', () => {
    expect(ProjectSettings.parse({ name: 'Spring sale' })).toEqual({
      name: 'Spring sale',
      aspect: '9:16',
      resolution: '1080p',
      fps: 30,
      platform: 'generic',
      brand: {
        fonts: { heading: 'Inter', body: 'Inter' },
        colors: { primary: '#ff5a36', secondary: '#1f2937', text: '#ffffff', background: '#111111' },
        logo: null,
      },
      audio: { targetLufs: -14, truePeakDb: -1, duckingDb: 12 },
      budgetUsd: null,
    });
  });

  it('refuses 2160p on 9:16, 1:1 and 4:5 at resolution, and allows it on 16:9', () => {
    for (const aspect of ['9:16', '1:1', '4:5']) {
      expect(problems(ProjectSettings.safeParse({ name: 'x', aspect, resolution: '2160p' }))).toEqual([[['resolution'], '2160p is only available for 16:9']]);
    }
    expect(ProjectSettings.parse({ name: 'x', aspect: '16:9', resolution: '2160p' }).resolution).toBe('2160p');
  });

  it('refuses 2160p with the default aspect (9:16)', () => {
    expect(problems(ProjectSettings.safeParse({ name: 'x', resolution: '2160p' }))).toEqual([[['resolution'], '2160p is only available for 16:9']]);
  });

  it('trims the name and refuses a blank one', () => {
    expect(ProjectSettings.parse({ name: '  Launch  ' }).name).toBe('Launch');
    expect(problems(ProjectSettings.safeParse({ name: '   ' }))).toEqual([[['name'], 'a project needs a name']]);
  });

  it('refuses a bad brand colour with its path and keeps the other colour defaults', () => {
    expect(problems(ProjectSettings.safeParse({ name: 'x', brand: { colors: { primary: 'orange' } } }))).toEqual([
      [['brand', 'colors', 'primary'], 'must be a colour like #1a2b3c or #1a2b3cff'],
    ]);
    expect(ProjectSettings.parse({ name: 'x', brand: { colors: { primary: '#00ff00' } } }).brand.colors).toEqual({
      primary: '#00ff00',
      secondary: '#1f2937',
      text: '#ffffff',
      background: '#111111',
    });
  });

  it('refuses an fps off the list and a negative budget', () => {
    expect(problems(ProjectSettings.safeParse({ name: 'x', fps: 29.97, budgetUsd: -1 })).map(([p]) => p)).toEqual([['fps'], ['budgetUsd']]);
  });
});
