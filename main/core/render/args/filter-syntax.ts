import { formatSeconds } from '../../../../preload/contract/layout';

/**
 * FFmpeg reads a filter option value through two parsers: the filter-graph parser (where
 * `\ ' [ ] , ;` are special and surrounding whitespace is trimmed) and then the option parser
 * (where `\ ' :` are special and whitespace is trimmed again). Escaping for the inner level
 * first and the outer level second lets any string through both unchanged: Windows paths with
 * "C:\", folders with spaces, quotes, brackets, commas or semicolons, and expressions with commas.
 */
export function escapeFilterValue(value: string): string {
  const optionLevel = value.replace(/[\\':\s]/g, (c) => `\\${c}`);
  return optionLevel.replace(/[\\'[\],;\s]/g, (c) => `\\${c}`);
}

export type FilterOptionValue = string | number;

/** `name=key=value:key=value` with every value escaped; options with undefined values are left out. */
export function filter(name: string, options: Record<string, FilterOptionValue | undefined> = {}): string {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, FilterOptionValue] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeFilterValue(String(value))}`);
  return parts.length === 0 ? name : `${name}=${parts.join(':')}`;
}

/** `[in1][in2]filter1,filter2[out]`: one chain of a filter graph. */
export function chain({ inputs, filters, output }: { inputs: readonly string[]; filters: readonly string[]; output: string }): string {
  const body = filters.length === 0 ? 'null' : filters.join(',');
  return `${inputs.map((label) => `[${label}]`).join('')}${body}[${output}]`;
}

/** Numbers as FFmpeg reads them: at most 6 decimals, no float noise (the form durations use). */
export function num(value: number): string {
  return formatSeconds(value);
}
