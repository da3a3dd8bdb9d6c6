import type { Aspect, Fps, Platform, ProjectDocument, Resolution } from '../../../preload/contract/project';
import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/project';
import { createEmptyDocument, migrateDocument, readProjectFile, validateDocument, writeProjectFile } from '../project';
import type { ProjectSummary } from '../storage/project-repository';
import type { Store } from '../storage/store';

export interface LoadedProject {
  summary: ProjectSummary;
  document: ProjectDocument;
}

/**
 * Project operations shared by the CLI, the desktop handlers and browser mode. The name lives
 * twice (the projects table for listing, settings.name in the document); these functions keep the
 * two equal inside one transaction.
 */
export function createProject(
  store: Store,
  input: { name: string; aspect?: Aspect; resolution?: Resolution; fps?: Fps; platform?: Platform },
): LoadedProject {
  const document = createEmptyDocument(input);
  const record = store.projects.create({ name: document.settings.name, document, schemaVersion: CURRENT_SCHEMA_VERSION });
  return { summary: stripDocument(record), document };
}

/** Loads and migrates; an older stored document is migrated in memory and saved on the next save. */
export function loadProject(store: Store, id: string): LoadedProject {
  const record = store.projects.get(id);
  const document = migrateDocument(record.document, { source: `project ${id} ("${record.name}")` });
  return { summary: stripDocument(record), document };
}

export function saveProjectDocument(store: Store, id: string, document: unknown): LoadedProject {
  const doc = validateDocument(document, { source: `project ${id}` });
  return store.transaction(() => {
    const current = store.projects.get(id);
    if (current.name !== doc.settings.name) store.projects.rename(id, doc.settings.name);
    const record = store.projects.save({ id, document: doc, schemaVersion: CURRENT_SCHEMA_VERSION });
    return { summary: stripDocument(record), document: doc };
  });
}

export function renameProject(store: Store, id: string, name: string): LoadedProject {
  const { document } = loadProject(store, id);
  return saveProjectDocument(store, id, { ...document, settings: { ...document.settings, name } });
}

export function duplicateProject(store: Store, id: string, newName?: string): LoadedProject {
  const source = loadProject(store, id);
  const name = newName ?? `${source.summary.name} copy`;
  const record = store.transaction(() => {
    const copy = store.projects.duplicate(id, name);
    return store.projects.save({ id: copy.id, document: { ...source.document, settings: { ...source.document.settings, name } }, schemaVersion: CURRENT_SCHEMA_VERSION });
  });
  return loadProject(store, record.id);
}

export async function exportProjectFile(store: Store, id: string, file: string): Promise<LoadedProject> {
  const loaded = loadProject(store, id);
  await writeProjectFile(file, loaded.document);
  return loaded;
}

export async function importProjectFile(store: Store, file: string, options: { name?: string } = {}): Promise<LoadedProject> {
  const document = await readProjectFile(file);
  const named = options.name ? { ...document, settings: { ...document.settings, name: options.name } } : document;
  const record = store.projects.create({ name: named.settings.name, document: named, schemaVersion: CURRENT_SCHEMA_VERSION });
  return { summary: stripDocument(record), document: named };
}

function stripDocument<T extends ProjectSummary & { document?: unknown }>(record: T): ProjectSummary {
  const { document: _document, ...summary } = record;
  return summary;
}
