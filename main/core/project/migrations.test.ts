import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import type { Migration, RawDocument } from './migration-types';
import { assertMigrationChain, migrateDocument, readSchemaVersion, runMigrations } from './migrations';
import { MIGRATIONS } from './steps';

/** Runs fn and returns what it threw, so code and message can be compared exactly. */
function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected an AppError');
}

// Synthetic history: v1 had `title`, v2 renamed it to `name`, v3 moved it under `settings`.
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
};
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  migrate: ({ name, ...rest }) => ({ ...rest, settings: { name } }),
};
const SYNTHETIC = [v1ToV2, v2ToV3];
const chain = { source: 'ad.json', migrations: SYNTHETIC, currentVersion: 3 };

describe('runMigrations with a synthetic v1 → v2 → v3 chain', () => {
  it('applies every step from the file version and stamps the version', () => {
    expect(runMigrations({ schemaVersion: 1, title: 'Ad' }, chain)).toEqual({ schemaVersion: 3, settings: { name: 'Ad' } });
  });

  it('starts at the file version', () => {
    expect(runMigrations({ schemaVersion: 2, name: 'Ad' }, chain)).toEqual({ schemaVersion: 3, settings: { name: 'Ad' } });
  });

  it('passes a current document through unchanged', () => {
    expect(runMigrations({ schemaVersion: 3, settings: { name: 'Ad' } }, chain)).toEqual({ schemaVersion: 3, settings: { name: 'Ad' } });
  });

  it('never modifies its input, even when a step mutates', () => {
    const mutating: Migration = {
      from: 1,
      to: 2,
      migrate: (doc) => {
        (doc['settings'] as RawDocument)['name'] = 'changed';
        return doc;
      },
    };
    const input = { schemaVersion: 1, settings: { name: 'Ad' } };
    expect(runMigrations(input, { source: 'ad.json', migrations: [mutating], currentVersion: 2 })).toEqual({ schemaVersion: 2, settings: { name: 'changed' } });
    expect(input).toEqual({ schemaVersion: 1, settings: { name: 'Ad' } });
  });

  it('refuses a newer version with UNSUPPORTED_VERSION and an update hint', () => {
    expect(thrown(() => runMigrations({ schemaVersion: 4 }, chain))).toEqual({
      code: 'UNSUPPORTED_VERSION',
      message: 'ad.json was saved by a newer Adloom (project format version 4; this build reads up to 3). Update Adloom to open it.',
    });
  });

  it('refuses a version older than the chain reaches', () => {
    expect(thrown(() => runMigrations({ schemaVersion: 0 }, chain))).toEqual({
      code: 'UNSUPPORTED_VERSION',
      message: 'ad.json uses project format version 0, which this build of Adloom cannot read (it reads versions 1 to 3).',
    });
  });

  it('names the source and the step when a step fails on bad old data', () => {
    const strict: Migration = {
      from: 1,
      to: 2,
      migrate: () => {
        throw new Error('"clips" must be a list');
      },
    };
    expect(thrown(() => runMigrations({ schemaVersion: 1 }, { source: 'old.json', migrations: [strict], currentVersion: 2 }))).toEqual({
      code: 'BAD_INPUT',
      message: 'old.json: could not upgrade from project format version 1 to 2: "clips" must be a list',
    });
  });

  it('refuses a step that returns something other than an object as a programming error', () => {
    const broken = { from: 1, to: 2, migrate: () => [] } as unknown as Migration;
    expect(thrown(() => runMigrations({ schemaVersion: 1 }, { source: 'a.json', migrations: [broken], currentVersion: 2 })).code).toBe('INTERNAL');
  });
});

describe('assertMigrationChain', () => {
  it('accepts an empty chain and a contiguous one ending at the current version', () => {
    expect(() => assertMigrationChain([], 1)).not.toThrow();
    expect(() => assertMigrationChain(SYNTHETIC, 3)).not.toThrow();
  });

  it('refuses a gap, a wrong order, a jump and a wrong end', () => {
    const v3ToV4: Migration = { from: 3, to: 4, migrate: (d) => d };
    const jump: Migration = { from: 1, to: 3, migrate: (d) => d };
    expect(thrown(() => assertMigrationChain([v1ToV2, v3ToV4], 4))).toEqual({ code: 'INTERNAL', message: 'Migration chain has a gap or is out of order: 1→2 then 3→4' });
    expect(thrown(() => assertMigrationChain([v2ToV3, v1ToV2], 3)).code).toBe('INTERNAL');
    expect(thrown(() => assertMigrationChain([jump], 3))).toEqual({ code: 'INTERNAL', message: 'Migration 1→3 must go up by exactly one version' });
    expect(thrown(() => assertMigrationChain(SYNTHETIC, 4))).toEqual({ code: 'INTERNAL', message: 'Migration chain ends at version 3 but the current version is 4' });
  });

  it('accepts the real chain', () => {
    expect(() => assertMigrationChain(MIGRATIONS, 1)).not.toThrow();
  });
});

describe('readSchemaVersion', () => {
  it('reads a whole number', () => {
    expect(readSchemaVersion({ schemaVersion: 1 }, { source: 'a.json' })).toBe(1);
  });

  it('refuses a non-object, a missing version and a non-integer one with BAD_INPUT naming the source', () => {
    expect(thrown(() => readSchemaVersion([1], { source: 'a.json' }))).toEqual({ code: 'BAD_INPUT', message: 'a.json is not an Adloom project: expected a JSON object at the top level' });
    expect(thrown(() => readSchemaVersion(null, { source: 'a.json' })).code).toBe('BAD_INPUT');
    expect(thrown(() => readSchemaVersion({}, { source: 'a.json' }))).toEqual({ code: 'BAD_INPUT', message: 'a.json is not an Adloom project: it has no "schemaVersion" field' });
    expect(thrown(() => readSchemaVersion({ schemaVersion: '1' }, { source: 'a.json' }))).toEqual({ code: 'BAD_INPUT', message: 'a.json: "schemaVersion" must be a whole number, found "1"' });
    expect(thrown(() => readSchemaVersion({ schemaVersion: 1.5 }, { source: 'a.json' })).code).toBe('BAD_INPUT');
    expect(thrown(() => readSchemaVersion({ schemaVersion: -1 }, { source: 'a.json' })).code).toBe('BAD_INPUT');
  });
});

describe('migrateDocument (real chain)', () => {
  it('passes a version 1 document through and fills in defaults', () => {
    const doc = migrateDocument({ schemaVersion: 1, settings: { name: 'Ad' } }, { source: 'ad.json' });
    expect(doc.schemaVersion).toBe(1);
    expect(doc.settings.aspect).toBe('9:16');
    expect(doc.tracks).toEqual({ video: [], overlay: [], music: [], voiceover: [] });
  });

  it('refuses version 2 as newer', () => {
    expect(thrown(() => migrateDocument({ schemaVersion: 2, settings: { name: 'Ad' } }, { source: 'ad.json' }))).toEqual({
      code: 'UNSUPPORTED_VERSION',
      message: 'ad.json was saved by a newer Adloom (project format version 2; this build reads up to 1). Update Adloom to open it.',
    });
  });

  it('refuses an invalid document with BAD_INPUT naming the source and the first issues', () => {
    const raw = { schemaVersion: 1, settings: { name: '' }, tracks: { video: [{ id: 'c', type: 'clip', media: { path: 'c.mp4' }, inMs: 9, outMs: 3 }] } };
    expect(thrown(() => migrateDocument(raw, { source: 'ad.json' }))).toEqual({
      code: 'BAD_INPUT',
      message: 'ad.json is not a valid Adloom project: settings.name: a project needs a name; tracks.video[0].outMs: outMs must be after inMs',
    });
  });

  it('lists every issue in details', () => {
    try {
      migrateDocument({ schemaVersion: 1, settings: {}, tracks: { video: 'none' } }, { source: 'ad.json' });
      expect.unreachable();
    } catch (err) {
      expect(err instanceof AppError && err.details).toEqual({
        source: 'ad.json',
        issues: [
          { path: 'settings.name', message: 'is required (string)' },
          { path: 'tracks.video', message: 'Invalid input: expected array, received string' },
        ],
      });
    }
  });

  it('validates what an injected chain produces (a synthetic v0 → v1 step)', () => {
    const v0ToV1: Migration = { from: 0, to: 1, migrate: ({ title, ...rest }) => ({ ...rest, settings: { name: title } }) };
    const doc = migrateDocument({ schemaVersion: 0, title: 'Old ad' }, { source: 'old.json', migrations: [v0ToV1] });
    expect(doc.settings.name).toBe('Old ad');
    expect(doc.schemaVersion).toBe(1);
    const broken: Migration = { from: 0, to: 1, migrate: (d) => d };
    expect(thrown(() => migrateDocument({ schemaVersion: 0, title: 'Old ad' }, { source: 'old.json', migrations: [broken] })).code).toBe('BAD_INPUT');
  });
});
