import { AppError } from '../shared/app-error';

export interface TextLocation {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset, as editors show them. */
export function locate(text: string, offset: number): TextLocation {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * V8 reports a JSON error as a character offset ("... in JSON at position 42"), meaningless to a
 * person editing a file, so it is turned into a line and column. Versions of V8 whose message
 * carries no offset still get the reason, just without a location.
 */
function errorOffset(reason: string, text: string): number | undefined {
  const match = /at position (\d+)/.exec(reason);
  if (match?.[1] !== undefined) return Number(match[1]);
  return /end of JSON input/i.test(reason) ? text.length : undefined;
}

/** JSON.parse that names the source and the place of a syntax error. A UTF-8 BOM is allowed. */
export function parseJsonText(text: string, { source }: { source: string }): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new AppError('BAD_INPUT', `${source} is empty: expected a JSON project document`, { source });
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const reason = raw.replace(/\s*in JSON at position \d+.*$/, '').trim();
    const offset = errorOffset(raw, body);
    if (offset === undefined) {
      throw new AppError('BAD_INPUT', `${source} is not valid JSON: ${reason}`, { source }, { cause: err });
    }
    const { line, column } = locate(body, offset);
    throw new AppError('BAD_INPUT', `${source} is not valid JSON (line ${line}, column ${column}): ${reason}`, { source, line, column }, { cause: err });
  }
}
