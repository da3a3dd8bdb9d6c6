import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './router';

describe('routes', () => {
  it('reads the open project from the hash and writes it back', () => {
    expect(parseRoute('#/project/abc_DEF-1')).toEqual({ screen: 'editor', projectId: 'abc_DEF-1' });
    expect(routeHash({ screen: 'editor', projectId: 'p1' })).toBe('#/project/p1');
    expect(routeHash({ screen: 'home' })).toBe('#/');
  });

  it('falls back to the home screen for anything else', () => {
    for (const hash of ['', '#/', '#/project/', '#/project/a/b', '#/project/../x', `#/project/${'x'.repeat(65)}`]) expect(parseRoute(hash)).toEqual({ screen: 'home' });
  });
});
