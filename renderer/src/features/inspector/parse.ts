/** A field's text turned into a value, or the reason it cannot be (shown under the field). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface Bounds {
  min?: number;
  max?: number;
}

const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Accepts a decimal comma as well as a point: people type what their locale shows. */
function toNumber(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

function withinBounds<T>(value: number, bounds: Bounds, shown: (n: number) => string, result: T): Parsed<T> {
  if (bounds.min !== undefined && value < bounds.min) return fail(`must be at least ${shown(bounds.min)}`);
  if (bounds.max !== undefined && value > bounds.max) return fail(`must be at most ${shown(bounds.max)}`);
  return { ok: true, value: result };
}

/** "12", "12.5", "12,5" → a number within bounds. */
export function parseNumber(text: string, bounds: Bounds = {}): Parsed<number> {
  const n = toNumber(text);
  if (n === null) return fail('enter a number');
  return withinBounds(n, bounds, String, n);
}

/**
 * Milliseconds as seconds for a field: 1500 → "1.5", 1234 → "1.234", 2000 → "2". Exact to the
 * millisecond, so reading a field back never moves an item.
 */
export function formatSeconds(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(Math.round(ms));
  const whole = Math.floor(abs / 1000);
  const frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return frac === '' ? `${sign}${whole}` : `${sign}${whole}.${frac}`;
}

/**
 * A time typed in seconds ("1.5", "1,5", "1.5s", or "1:02.5" as minutes:seconds) → whole
 * milliseconds within bounds (given in ms). The document keeps integer ms, so finer input rounds.
 */
export function parseSeconds(text: string, bounds: Bounds = {}): Parsed<number> {
  const trimmed = text.trim().replace(/\s*s(ec)?$/i, '');
  const parts = trimmed.split(':');
  if (parts.length > 2) return fail('enter seconds, like 1.5 or 0:01.5');
  const minutes = parts.length === 2 ? toNumber(parts[0] ?? '') : 0;
  const seconds = toNumber(parts.at(-1) ?? '');
  if (minutes === null || seconds === null || !Number.isInteger(minutes) || minutes < 0 || (parts.length === 2 && seconds >= 60)) {
    return fail('enter seconds, like 1.5 or 0:01.5');
  }
  const ms = Math.round((minutes * 60 + seconds) * 1000);
  return withinBounds(ms, bounds, (b) => `${formatSeconds(b)} s`, ms);
}

/** Like parseSeconds, but an empty field means "none" (an open end, no budget). */
export function parseOptionalSeconds(text: string, bounds: Bounds = {}): Parsed<number | null> {
  return text.trim() === '' ? { ok: true, value: null } : parseSeconds(text, bounds);
}

/** A budget in US dollars; empty = no limit. Cents are the finest unit worth keeping. */
export function parseBudget(text: string): Parsed<number | null> {
  const cleaned = text.trim().replace(/^\$/, '').trim();
  if (cleaned === '') return { ok: true, value: null };
  const n = parseNumber(cleaned, { min: 0, max: 1_000_000 });
  return n.ok ? { ok: true, value: Math.round(n.value * 100) / 100 } : n;
}
