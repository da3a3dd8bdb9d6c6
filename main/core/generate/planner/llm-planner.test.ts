import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { planWithLlm } from './llm-planner';
import { planLocal } from './local-planner';
import { goodReply, ID, request, scriptedComplete } from './test-fixtures';

const good = (hook = 'Coffee that waits for you'): string => JSON.stringify({ ...goodReply(), hook });
const badMove = (): string => {
  const reply = goodReply();
  Object.assign((reply.scenes as Record<string, unknown>[])[2] as object, { cameraMove: 'barrel roll' });
  return JSON.stringify(reply);
};

describe('planWithLlm', () => {
  it('uses a valid reply and asks with the photos, the rules and the shape', async () => {
    const { complete, prompts } = scriptedComplete([good()]);
    const [result, ...rest] = await planWithLlm({ complete, request: request() });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ variation: 0, source: 'llm', adjustments: [] });
    expect(result?.reason).toBeUndefined();
    expect(result?.plan.hook).toBe('Coffee that waits for you');
    expect(prompts).toHaveLength(1);
    const { system, user } = prompts[0] ?? { system: '', user: '' };
    expect(system).toContain('"cameraMove": "none" | "zoom-in" | "zoom-out" | "pan-left" | "pan-right" | "pan-up" | "pan-down" | "push-in"');
    expect(system).toContain('- intensity is the motion strength from 0.7 to 1.');
    expect(system).toContain('together they add up to exactly 15000; the first scene ends by 3000 ms.');
    expect(system).toContain('overlayText: at most 32 characters');
    expect(system).toContain('Never mention prices');
    expect(user).toContain(`{"assetId":"${ID.front}","viewType":"front"}`);
    expect(user).toContain(`{"assetId":"${ID.lifestyle}","viewType":"lifestyle"}`);
    expect(user).toContain('Product: Aurora ceramic mug');
    expect(user).toContain('Platform: TikTok, aspect 9:16, total length 15000 ms, about 8 scenes.');
  });

  it('finds the JSON in prose and ```json fences', async () => {
    const { complete } = scriptedComplete([`Here is a plan you will love!\n\n\`\`\`json\n${good()}\n\`\`\`\nEnjoy.`]);
    const [result] = await planWithLlm({ complete, request: request() });
    expect(result?.source).toBe('llm');
    expect(result?.plan.scenes).toHaveLength(4);
  });

  it('repairs an invalid reply once, quoting the reply and the validation error', async () => {
    const { complete, prompts } = scriptedComplete([badMove(), good()]);
    const [result] = await planWithLlm({ complete, request: request() });
    expect(result?.source).toBe('llm-repaired');
    expect(result?.reason).toBe(
      'the first LLM reply was invalid: scenes[2].cameraMove: Invalid option: expected one of "none"|"zoom-in"|"zoom-out"|"pan-left"|"pan-right"|"pan-up"|"pan-down"|"push-in"',
    );
    expect(prompts).toHaveLength(2);
    const repair = prompts[1] ?? { system: '', user: '' };
    expect(repair.system).toBe(prompts[0]?.system);
    expect(repair.user.startsWith(prompts[0]?.user ?? '?')).toBe(true);
    expect(repair.user).toContain(`Your previous reply was:\n${badMove()}`);
    expect(repair.user).toContain('It was rejected because:\n- scenes[2].cameraMove: Invalid option');
  });

  it('falls back to the local plan after two unusable replies, and says why', async () => {
    const { complete, prompts } = scriptedComplete(['I am sorry, I cannot do that.', '{"hook": "x", "cta": "y", "scenes": [']);
    const [result] = await planWithLlm({ complete, request: request() });
    expect(prompts).toHaveLength(2);
    expect(prompts[1]?.user).toContain('- the reply contains no JSON object');
    expect(result).toEqual({
      variation: 0,
      source: 'local-fallback',
      reason: 'the LLM reply was invalid twice: the JSON object is never closed (the reply may have been cut off)',
      adjustments: [],
      plan: planLocal({ request: request() }),
    });
  });

  it('falls back when the call throws, without a repair attempt', async () => {
    const { complete, prompts } = scriptedComplete([new Error('Replicate answered 401: invalid token')]);
    const [result] = await planWithLlm({ complete, request: request() });
    expect(prompts).toHaveLength(1);
    expect(result?.source).toBe('local-fallback');
    expect(result?.reason).toBe('the LLM call failed: Replicate answered 401: invalid token');
    expect(result?.plan).toEqual(planLocal({ request: request() }));
  });

  it('falls back when the repair call throws', async () => {
    const { complete } = scriptedComplete(['nothing', new Error('timeout')]);
    const [result] = await planWithLlm({ complete, request: request() });
    expect(result?.reason).toBe('the LLM reply was invalid (the reply contains no JSON object) and the repair call failed: timeout');
  });

  it('lets a cancellation through instead of planning locally', async () => {
    const { complete } = scriptedComplete([new AppError('CANCELLED', 'scene planning was cancelled')]);
    await expect(planWithLlm({ complete, request: request() })).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('plans variations in turn, telling each which hooks are taken', async () => {
    const { complete, prompts } = scriptedComplete([good('Hook one'), good('Hook two'), good('Hook three')]);
    const results = await planWithLlm({ complete, request: request(), variations: 3 });
    expect(results.map((r) => [r.variation, r.source, r.plan.hook])).toEqual([
      [0, 'llm', 'Hook one'],
      [1, 'llm', 'Hook two'],
      [2, 'llm', 'Hook three'],
    ]);
    expect(prompts[0]?.user).toContain('This is variation 1 of 3');
    expect(prompts[0]?.user).not.toContain('Hooks already used');
    expect(prompts[2]?.user).toContain('Hooks already used, do not reuse them: "Hook one", "Hook two"');
  });

  it('stops calling a service that failed and plans the remaining variations locally', async () => {
    const { complete, prompts } = scriptedComplete([good('Hook one'), new Error('network down')]);
    const results = await planWithLlm({ complete, request: request(), variations: 3 });
    expect(prompts).toHaveLength(2);
    expect(results.map((r) => [r.source, r.reason])).toEqual([
      ['llm', undefined],
      ['local-fallback', 'the LLM call failed: network down'],
      ['local-fallback', "the LLM call failed: network down (an earlier variation's call)"],
    ]);
    expect(results[2]?.plan).toEqual(planLocal({ request: request(), variation: 2 }));
  });

  it('rejects an invalid request before calling the model', async () => {
    const { complete, prompts } = scriptedComplete([good()]);
    await expect(planWithLlm({ complete, request: { ...request(), mood: 101 } })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(planWithLlm({ complete, request: request(), variations: 0 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(prompts).toHaveLength(0);
  });
});
