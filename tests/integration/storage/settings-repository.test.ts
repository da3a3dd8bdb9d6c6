import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempStore } from './temp-store';

const Budget = z.object({ monthlyUsd: z.number().positive(), warnAt: z.number().min(0).max(1).default(0.8) });

describe('settings repository', () => {
  it('round-trips typed values, applying schema defaults on the way in', () => {
    const { settings } = tempStore();
    expect(settings.get('budget', Budget)).toBeUndefined();
    expect(settings.set('budget', Budget, { monthlyUsd: 20 })).toEqual({ monthlyUsd: 20, warnAt: 0.8 });
    const read: { monthlyUsd: number; warnAt: number } | undefined = settings.get('budget', Budget);
    expect(read).toEqual({ monthlyUsd: 20, warnAt: 0.8 });
    settings.set('theme', z.enum(['light', 'dark']), 'dark');
    settings.set('recent', z.array(z.string()), ['a', 'b']);
    expect(settings.get('theme', z.enum(['light', 'dark']))).toBe('dark');
    expect(settings.get('recent', z.array(z.string()))).toEqual(['a', 'b']);
    settings.set('theme', z.enum(['light', 'dark']), 'light');
    expect(settings.get('theme', z.string())).toBe('light');
    expect(settings.keys()).toEqual(['budget', 'recent', 'theme']);
    settings.delete('recent');
    expect(settings.keys()).toEqual(['budget', 'theme']);
  });

  it('refuses an invalid value before writing, naming the key and the field', () => {
    const { settings } = tempStore();
    expect(() => settings.set('budget', Budget, { monthlyUsd: -5 })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringMatching(/^setting "budget" is invalid: monthlyUsd: /) }),
    );
    expect(settings.keys()).toEqual([]);
  });

  it('refuses a stored value that no longer matches the schema', () => {
    const store = tempStore();
    store.settings.set('budget', z.unknown(), { monthlyUsd: 'lots' });
    expect(() => store.settings.get('budget', Budget)).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringMatching(/^stored setting "budget" does not match its schema: monthlyUsd: /) }),
    );
  });
});
