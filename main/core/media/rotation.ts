export interface SideData {
  side_data_type?: string | undefined;
  rotation?: number | undefined;
}

/** Snaps any angle to 0, 90, 180 or 270. */
export function normalizeRotation(degrees: number): number {
  const snapped = Math.round(degrees / 90) * 90;
  return ((snapped % 360) + 360) % 360;
}

/**
 * Clockwise degrees the decoder applies. ffprobe prints the display matrix angle
 * counter-clockwise (av_display_rotation_get): an EXIF-6 JPEG shows -90 and FFmpeg turns it
 * 90° clockwise. Files read by older ffprobe builds may only carry the legacy "rotate" tag,
 * which is already clockwise.
 */
export function rotationFromProbe(sideData: SideData[] | undefined, tags: Record<string, string> | undefined): number {
  const matrix = sideData?.find((d) => typeof d.rotation === 'number' && /display ?matrix/i.test(d.side_data_type ?? ''));
  if (matrix?.rotation !== undefined) return normalizeRotation(-matrix.rotation);
  const tag = Number(tags?.rotate);
  return Number.isFinite(tag) ? normalizeRotation(tag) : 0;
}

/** Display size after rotation: 90 and 270 swap width and height. */
export function rotatedSize(width: number, height: number, rotation: number): { width: number; height: number } {
  return rotation === 90 || rotation === 270 ? { width: height, height: width } : { width, height };
}
