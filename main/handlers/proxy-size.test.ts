import { describe, expect, it } from 'vitest';
import { proxyFrameSize } from './proxy-size';

describe('proxyFrameSize', () => {
  it('keeps the aspect with the short side at 360 px by default, both sides even', () => {
    expect(proxyFrameSize('16:9')).toEqual({ width: 640, height: 360 });
    expect(proxyFrameSize('9:16')).toEqual({ width: 360, height: 640 });
    expect(proxyFrameSize('1:1')).toEqual({ width: 360, height: 360 });
    expect(proxyFrameSize('4:5')).toEqual({ width: 360, height: 450 });
  });

  it('takes a smaller short side (tests) and rounds the long side to an even number', () => {
    expect(proxyFrameSize('9:16', 64)).toEqual({ width: 64, height: 114 });
    expect(proxyFrameSize('4:5', 66)).toEqual({ width: 66, height: 82 });
  });

  it('refuses a short side FFmpeg or H.264 cannot use', () => {
    expect(() => proxyFrameSize('1:1', 63)).toThrow('the proxy short side 63 must be an even whole number of at least 64 pixels');
    expect(() => proxyFrameSize('1:1', 101)).toThrow('the proxy short side 101 must be an even whole number of at least 64 pixels');
  });
});
