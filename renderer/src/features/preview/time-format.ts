/**
 * A playhead position as "MM:SS.cc" (minutes, seconds, hundredths), e.g. 3200 → "00:03.20".
 * Hundredths are truncated, so the readout never shows a time the playhead has not reached.
 */
export function formatTimecode(ms: number): string {
  const hundredths = Math.floor(Math.max(0, ms) / 10);
  const minutes = Math.floor(hundredths / 6000);
  const seconds = Math.floor((hundredths % 6000) / 100);
  const fraction = hundredths % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(minutes)}:${two(seconds)}.${two(fraction)}`;
}

/** "about 12 s left" style estimate for a render: whole seconds, minutes past a minute. */
export function formatEta(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
