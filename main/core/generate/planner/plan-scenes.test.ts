import { describe, expect, it } from 'vitest';
import { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import { planLocal } from './local-planner';
import { planScenes } from './plan-scenes';
import { goodReply, request, scriptedComplete } from './test-fixtures';

describe('planScenes', () => {
  it('plans offline without a model, one result per variation', async () => {
    const results = await planScenes({ request: request({ mood: 30, platform: 'youtube' }), variations: 3 });
    expect(results.map((r) => [r.variation, r.source, r.reason, r.adjustments])).toEqual([
      [0, 'local', undefined, []],
      [1, 'local', undefined, []],
      [2, 'local', undefined, []],
    ]);
    expect(results[1]?.plan).toEqual(planLocal({ request: request({ mood: 30, platform: 'youtube' }), variation: 1 }));
    for (const result of results) expect(ScenePlanResult.safeParse(result).success).toBe(true);
  });

  it('asks the model when one is given', async () => {
    const { complete, prompts } = scriptedComplete([JSON.stringify(goodReply())]);
    const [result] = await planScenes({ request: request(), complete });
    expect(prompts).toHaveLength(1);
    expect(result?.source).toBe('llm');
    expect(ScenePlanResult.safeParse(result).success).toBe(true);
  });

  it('defaults to one variation and refuses counts out of range', async () => {
    expect(await planScenes({ request: request() })).toHaveLength(1);
    await expect(planScenes({ request: request(), variations: 6 })).rejects.toThrow('scene plan: variations must be a whole number from 1 to 5, got 6');
    await expect(planScenes({ request: request(), variations: 1.5 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
