import { describe, expect, it } from 'vitest';
import { FileName, FilePath } from './file-path';

describe('FilePath', () => {
  it('accepts absolute POSIX, Windows drive and UNC paths', () => {
    for (const p of ['/home/me/a.png', 'C:\\Users\\me\\a.png', 'D:/media/b.mp4', '\\\\server\\share\\c.wav', '/tmp/..hidden/x']) {
      expect(FilePath.safeParse(p).success).toBe(true);
    }
  });

  it('refuses relative paths, ".." segments and control characters', () => {
    for (const p of ['a.png', './a.png', '../a.png', '/home/me/../../etc/passwd', 'C:\\a\\..\\b', '/a\u0000b', '/a\nb', '', 'C:relative']) {
      expect(FilePath.safeParse(p).success).toBe(false);
    }
  });
});

describe('FileName', () => {
  it('accepts a bare name and refuses folders, dots and control characters', () => {
    expect(FileName.parse('Mug ad.mp4')).toBe('Mug ad.mp4');
    for (const n of ['..', '.', 'a/b.png', 'a\\b.png', '../x', 'a\u0007b', '   ']) expect(FileName.safeParse(n).success).toBe(false);
  });
});
