// No vitest import here: export-child.ts runs outside Vitest and uses this too.

/** Args that encode `seconds` of testsrc2 (+ a sine when withAudio) at 320x180 25 fps. */
export function testEncodeArgs({ output, seconds, withAudio = false, realtime = false }: { output: string; seconds: number; withAudio?: boolean; realtime?: boolean }): string[] {
  const pace = realtime ? ['-re'] : [];
  const audioIn = withAudio ? [...pace, '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`] : [];
  const audioOut = withAudio ? ['-c:a', 'aac', '-b:a', '64k'] : ['-an'];
  return [
    ...pace, '-f', 'lavfi', '-i', `testsrc2=size=320x180:rate=25:duration=${seconds}`,
    ...audioIn,
    '-map', '0:v', ...(withAudio ? ['-map', '1:a'] : []),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', ...audioOut,
    '-stats_period', '0.1',
    '-movflags', '+faststart', output,
  ];
}
