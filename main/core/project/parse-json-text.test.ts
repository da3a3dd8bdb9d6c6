import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { locate, parseJsonText } from './parse-json-text';

function failure(text: string): { code: string; message: string; details: unknown } {
  try {
    parseJsonText(text, { source: 'ad.json' });
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message, details: err.details };
    throw err;
  }
  throw new Error('expected parseJsonText to throw');
}

describe('locate', () => {
  it('gives 1-based line and column', () => {
    expect(locate('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(locate('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(locate('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
  });
});

describe('parseJsonText', () => {
  it('parses JSON and ignores a UTF-8 byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}', { source: 'ad.json' })).toEqual({ a: [1, 2] });
  });

  it('names the file, line and column of a syntax error', () => {
    const f = failure('{\n  "a": 1,\n  }\n');
    expect(f.code).toBe('BAD_INPUT');
    expect(f.message).toMatch(/^ad\.json is not valid JSON \(line 3, column 3\): \S/);
    expect(f.details).toEqual({ source: 'ad.json', line: 3, column: 3 });
  });

  it('places a truncated file at its end', () => {
    const f = failure('{\n  "a": ');
    expect(f.message).toMatch(/^ad\.json is not valid JSON \(line 2, column 8\): /);
  });

  it('calls an empty file empty', () => {
    expect(failure('  \n')).toEqual({ code: 'BAD_INPUT', message: 'ad.json is empty: expected a JSON project document', details: { source: 'ad.json' } });
  });
});
