import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { decodeNullableJson, encodeJson, encodeNullableJson, fromSqlBool, toSqlBool } from './row-codec';

describe('row-codec', () => {
  it('booleans are 0/1', () => {
    expect([toSqlBool(true), toSqlBool(false)]).toEqual([1, 0]);
    expect([fromSqlBool(1), fromSqlBool(0)]).toEqual([true, false]);
  });

  it('nullable JSON maps null and undefined to SQL NULL and back to null', () => {
    expect(encodeNullableJson(null, 'f')).toBeNull();
    expect(encodeNullableJson(undefined, 'f')).toBeNull();
    expect(decodeNullableJson(null)).toBeNull();
    expect(decodeNullableJson(encodeNullableJson({ a: [1, 'x'] }, 'f'))).toEqual({ a: [1, 'x'] });
  });

  it('refuses values JSON cannot hold, naming the field', () => {
    expect(() => encodeJson(undefined, 'project document')).toThrow(new AppError('BAD_INPUT', 'project document cannot be stored as JSON: it is undefined', { field: 'project document' }));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let error: unknown;
    try {
      encodeJson(cyclic, 'input of job j');
    } catch (err) {
      error = err;
    }
    expect((error as AppError).code).toBe('BAD_INPUT');
    expect((error as AppError).message).toMatch(/^input of job j cannot be stored as JSON: /);
    expect(() => encodeJson(10n, 'x')).toThrow(AppError);
  });
});
