/** Document colours are #rrggbb or #rrggbbaa; the plan always carries #rrggbbaa (lower case). */
export function normalizeColor(color: string): string {
  const hex = color.replace(/^#/, '').toLowerCase();
  return `#${hex.length === 6 ? `${hex}ff` : hex}`;
}
