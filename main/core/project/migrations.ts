import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/project';
import type { ProjectDocument } from '../../../preload/contract/project';
import { AppError } from '../shared/app-error';
import type { Migration, RawDocument } from './migration-types';
import { MIGRATIONS } from './steps';
import { validateDocument } from './validate-document';

export interface ChainOptions {
  /** Names the input in error messages: a file path, "clipboard", a database row. */
  source: string;
  migrations: readonly Migration[];
  currentVersion: number;
}

function isPlainObject(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document's format version; anything that is not a whole number ≥ 0 is refused. */
export function readSchemaVersion(raw: unknown, { source }: { source: string }): number {
  if (!isPlainObject(raw)) {
    throw new AppError('BAD_INPUT', `${source} is not an Adloom project: expected a JSON object at the top level`, { source });
  }
  const version = raw['schemaVersion'];
  if (version === undefined) {
    throw new AppError('BAD_INPUT', `${source} is not an Adloom project: it has no "schemaVersion" field`, { source });
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new AppError('BAD_INPUT', `${source}: "schemaVersion" must be a whole number, found ${JSON.stringify(version)}`, { source });
  }
  return version;
}

/**
 * A registry bug (gap, wrong order, not reaching the current version) would silently skip a
 * step on some files; it is a programming error, so it fails as INTERNAL before any file is read.
 */
export function assertMigrationChain(migrations: readonly Migration[], currentVersion: number): void {
  migrations.forEach((step, index) => {
    const previous = migrations[index - 1];
    if (step.to !== step.from + 1) {
      throw new AppError('INTERNAL', `Migration ${step.from}→${step.to} must go up by exactly one version`);
    }
    if (previous !== undefined && step.from !== previous.to) {
      throw new AppError('INTERNAL', `Migration chain has a gap or is out of order: ${previous.from}→${previous.to} then ${step.from}→${step.to}`);
    }
  });
  const last = migrations[migrations.length - 1];
  if (last !== undefined && last.to !== currentVersion) {
    throw new AppError('INTERNAL', `Migration chain ends at version ${last.to} but the current version is ${currentVersion}`);
  }
}

function applyStep(doc: RawDocument, step: Migration, source: string): RawDocument {
  let next: unknown;
  try {
    next = step.migrate(doc);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('BAD_INPUT', `${source}: could not upgrade from project format version ${step.from} to ${step.to}: ${reason}`, { source }, { cause: err });
  }
  if (!isPlainObject(next)) {
    throw new AppError('INTERNAL', `Migration ${step.from}→${step.to} returned ${next === null ? 'null' : typeof next}, not an object`);
  }
  return { ...next, schemaVersion: step.to };
}

/**
 * Brings raw data of any readable version up to `currentVersion` (no schema check yet).
 * The input is never modified: the steps work on a private deep copy.
 */
export function runMigrations(raw: unknown, { source, migrations, currentVersion }: ChainOptions): RawDocument {
  assertMigrationChain(migrations, currentVersion);
  const version = readSchemaVersion(raw, { source });
  if (version > currentVersion) {
    throw new AppError(
      'UNSUPPORTED_VERSION',
      `${source} was saved by a newer Adloom (project format version ${version}; this build reads up to ${currentVersion}). Update Adloom to open it.`,
      { source, version, supportedVersion: currentVersion },
    );
  }
  const oldest = migrations[0]?.from ?? currentVersion;
  if (version < oldest) {
    throw new AppError(
      'UNSUPPORTED_VERSION',
      `${source} uses project format version ${version}, which this build of Adloom cannot read (it reads versions ${oldest} to ${currentVersion}).`,
      { source, version, supportedVersion: currentVersion },
    );
  }
  let doc = structuredClone(raw) as RawDocument;
  for (const step of migrations) {
    if (step.from >= version) doc = applyStep(doc, step, source);
  }
  return doc;
}

/**
 * Raw parsed JSON of any readable version → a validated current document with defaults filled in.
 * `migrations` is injectable for tests of the machinery; callers use the real chain.
 */
export function migrateDocument(raw: unknown, { source, migrations = MIGRATIONS }: { source: string; migrations?: readonly Migration[] }): ProjectDocument {
  const current = runMigrations(raw, { source, migrations, currentVersion: CURRENT_SCHEMA_VERSION });
  return validateDocument(current, { source });
}
