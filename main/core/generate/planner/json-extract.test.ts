import { describe, expect, it } from 'vitest';
import { extractJsonObject } from './json-extract';

describe('extractJsonObject', () => {
  it('reads a bare object', () => {
    expect(extractJsonObject('{"hook":"a","n":1}')).toEqual({ ok: true, value: { hook: 'a', n: 1 } });
  });

  it('reads a ```json fence inside prose', () => {
    const reply = 'Sure! Here is your plan:\n```json\n{"hook": "b"}\n```\nLet me know if you want changes.';
    expect(extractJsonObject(reply)).toEqual({ ok: true, value: { hook: 'b' } });
  });

  it('finds an object in prose, skipping braces that are not JSON and braces inside strings', () => {
    const reply = 'I used {curly} notes. Plan: {"hook": "a } tricky { one", "scenes": [{"x": 1}]} Done.';
    expect(extractJsonObject(reply)).toEqual({ ok: true, value: { hook: 'a } tricky { one', scenes: [{ x: 1 }] } });
  });

  it('does not mistake a scene inside a broken plan for the plan', () => {
    const result = extractJsonObject('{"hook": "a", "scenes": [{"x": 1},],}');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^the JSON object does not parse: /);
  });

  it('explains a cut-off reply and a reply without JSON', () => {
    expect(extractJsonObject('{"hook": "a", "scenes": [')).toEqual({ ok: false, error: 'the JSON object is never closed (the reply may have been cut off)' });
    expect(extractJsonObject('I cannot help with that.')).toEqual({ ok: false, error: 'the reply contains no JSON object' });
    expect(extractJsonObject('[1, 2]')).toEqual({ ok: false, error: 'the reply contains no JSON object' });
  });
});
