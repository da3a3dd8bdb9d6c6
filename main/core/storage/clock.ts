/** Where repositories get "now" from; tests pass a fixed or stepping clock for exact ordering. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Timestamps are stored as ISO-8601 UTC text so they sort lexically and read well in SQL. */
export function timestamp(clock: Clock): string {
  return clock().toISOString();
}
