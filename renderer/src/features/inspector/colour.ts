/**
 * The document stores colours as #rrggbb or #rrggbbaa; <input type="color"> only takes and gives
 * #rrggbb. These keep the alpha a colour already has when the picker changes its hue.
 */

const HEX = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Typed text → a document colour: "#abc" → "#aabbcc", "abcd" → "#aabbccdd", lower case; null if not a colour. */
export function normaliseColour(text: string): string | null {
  const match = HEX.exec(text.trim());
  const digits = match?.[1]?.toLowerCase();
  if (digits === undefined) return null;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const trimmed = full.length === 8 && full.endsWith('ff') ? full.slice(0, 6) : full;
  return `#${trimmed}`;
}

/** The #rrggbb a colour picker can show for a document colour (black when it is not one). */
export function pickerValue(colour: string): string {
  const normal = normaliseColour(colour);
  return normal === null ? '#000000' : normal.slice(0, 7);
}

/** Alpha as 0..1 (1 when the colour has none). */
export function alphaOf(colour: string): number {
  const normal = normaliseColour(colour);
  if (normal === null || normal.length === 7) return 1;
  return parseInt(normal.slice(7, 9), 16) / 255;
}

/** The picker's new #rrggbb with the alpha `current` had. */
export function withPickedRgb(current: string, picked: string): string {
  const rgb = pickerValue(picked);
  const normal = normaliseColour(current);
  return normal !== null && normal.length === 9 ? `${rgb}${normal.slice(7, 9)}` : rgb;
}

/** `colour` with alpha 0..1 (1 drops the alpha digits). */
export function withAlpha(colour: string, alpha: number): string {
  const rgb = pickerValue(colour);
  const byte = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return byte === 255 ? rgb : `${rgb}${byte.toString(16).padStart(2, '0')}`;
}
