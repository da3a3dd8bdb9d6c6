/** A project document as plain JSON data, before it is known to match any schema version. */
export type RawDocument = Record<string, unknown>;

/**
 * One step of the migration chain: turns a document of format version `from` into version
 * `to = from + 1`. It must be pure (no I/O, no clock, no randomness) so a step tested once
 * behaves the same on every file. It may return the input changed or a new object; the chain
 * hands it a private copy and sets `schemaVersion` to `to` afterwards.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  migrate(doc: RawDocument): RawDocument;
}
