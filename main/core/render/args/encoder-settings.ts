/**
 * The product's default export encoding, in one place: the export, the render benchmark and its
 * "limit" command all read it. libx264 at preset medium / CRF 20 is visually clean for ads at
 * 1080p and encodes faster than real time on two cores; High profile + yuv420p plays everywhere.
 */
export const EXPORT_ENCODER = {
  video: ['-c:v', 'libx264', '-preset', 'medium', '-crf', '20', '-profile:v', 'high', '-pix_fmt', 'yuv420p'],
  audio: ['-c:a', 'aac', '-b:a', '192k', '-ar', '48000', '-ac', '2'],
  /** moov before mdat, so players and upload pages can start before the whole file is read. */
  container: ['-movflags', '+faststart'],
} as const;

export function encoderArgs(): string[] {
  return [...EXPORT_ENCODER.video, ...EXPORT_ENCODER.audio, ...EXPORT_ENCODER.container];
}
