import { AppError } from '../shared/app-error';

/**
 * Small codecs shared by the repositories' row mappers. SQLite has no boolean or JSON type:
 * booleans are 0/1 integers and JSON is TEXT.
 */

export function toSqlBool(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromSqlBool(value: number): boolean {
  return value !== 0;
}

/** JSON text for a nullable JSON column; null and undefined become SQL NULL. */
export function encodeNullableJson(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  return encodeJson(value, field);
}

/** JSON text for a required JSON column; refuses values JSON cannot represent (undefined, functions). */
export function encodeJson(value: unknown, field: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new AppError('BAD_INPUT', `${field} cannot be stored as JSON: ${(err as Error).message}`, { field }, { cause: err });
  }
  if (text === undefined) throw new AppError('BAD_INPUT', `${field} cannot be stored as JSON: it is ${typeof value}`, { field });
  return text;
}

export function decodeNullableJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
