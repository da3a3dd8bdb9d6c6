import { describe, expect, it } from 'vitest';
import { chain, escapeFilterValue, filter, num } from './filter-syntax';

/**
 * FFmpeg's av_get_token (libavutil/avstring.c), which both the filter-graph parser and the
 * option parser use: backslash escapes the next character, quotes group literally, unescaped
 * surrounding whitespace is dropped, and a separator ends the token.
 */
function avGetToken(input: string, separators: string): { token: string; rest: string } {
  let out = '';
  let end = 0;
  let i = 0;
  while (i < input.length && /\s/.test(input[i] as string)) i++;
  while (i < input.length && !separators.includes(input[i] as string)) {
    const c = input[i] as string;
    if (c === '\\' && i + 1 < input.length) {
      out += input[i + 1];
      i += 2;
      end = out.length;
    } else if (c === "'") {
      i++;
      while (i < input.length && input[i] !== "'") out += input[i++];
      i++;
      end = out.length;
    } else {
      out += c;
      i++;
      if (!/\s/.test(c)) end = out.length;
    }
  }
  return { token: out.slice(0, end), rest: input.slice(i) };
}

/** What a filter sees as the value of its first option, after both parsing levels. */
function parsedValue(args: string): string {
  const graphLevel = avGetToken(args, '[],;');
  const optionLevel = avGetToken(graphLevel.token.slice(graphLevel.token.indexOf('=') + 1), ':');
  return optionLevel.token;
}

const HOSTILE = [
  "/tmp/it's here/a.txt",
  'C:\\Users\\Jo Smith\\AppData\\Local\\Temp\\t 0.txt',
  '/tmp/a:b,c;d[e]f/x.ttf',
  ' leading and trailing ',
  'back\\slash\\',
  "''",
  '\\\'',
  'tab\there\nnewline',
  '%{pts} {braces} 100%',
];

describe('escapeFilterValue', () => {
  it('escapes exactly the characters the two parsers treat specially', () => {
    expect(escapeFilterValue('plain/path-1.txt')).toBe('plain/path-1.txt');
    expect(escapeFilterValue("it's")).toBe("it\\\\\\'s");
    expect(escapeFilterValue('a:b')).toBe('a\\\\:b');
    expect(escapeFilterValue('a,b;c[d]')).toBe('a\\,b\\;c\\[d\\]');
    expect(escapeFilterValue('a b')).toBe('a\\\\\\ b');
    expect(escapeFilterValue('C:\\x')).toBe('C\\\\:\\\\\\\\x');
  });

  it('lets every hostile string through both parsing levels unchanged', () => {
    for (const value of HOSTILE) expect(parsedValue(`f=${escapeFilterValue(value)}:next=1`)).toBe(value);
  });
});

describe('filter / chain / num', () => {
  it('writes options in order, escaping values and leaving out undefined ones', () => {
    expect(filter('scale', { w: 1920, h: 1080, flags: 'bicubic', eval: undefined })).toBe('scale=w=1920:h=1080:flags=bicubic');
    expect(filter('crop', { w: 'min(iw,ih)' })).toBe('crop=w=min(iw\\,ih)');
    expect(filter('null')).toBe('null');
  });

  it('joins a chain with its labels', () => {
    expect(chain({ inputs: ['a', '0:v'], filters: ['overlay', 'format=pix_fmts=yuv420p'], output: 'out' })).toBe('[a][0:v]overlay,format=pix_fmts=yuv420p[out]');
    expect(chain({ inputs: ['a'], filters: [], output: 'b' })).toBe('[a]null[b]');
  });

  it('prints numbers without float noise', () => {
    expect([1, 0.5, 1 / 3, 0.1 + 0.2, 2.0000001].map(num)).toEqual(['1', '0.5', '0.333333', '0.3', '2']);
  });
});
