import type { Aspect, Fps, Platform, ProjectDocument, Resolution } from '../../../preload/contract/project';
import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/project';
import { validateDocument } from './validate-document';

export interface EmptyDocumentOptions {
  name: string;
  aspect?: Aspect;
  resolution?: Resolution;
  fps?: Fps;
  platform?: Platform;
}

/**
 * A new project with empty tracks and every other field at its schema default. Refuses what the
 * schema refuses (an empty name, 2160p on a non-16:9 aspect) with BAD_INPUT.
 */
export function createEmptyDocument({ name, aspect, resolution, fps, platform }: EmptyDocumentOptions): ProjectDocument {
  const settings: Record<string, unknown> = { name };
  if (aspect !== undefined) settings['aspect'] = aspect;
  if (resolution !== undefined) settings['resolution'] = resolution;
  if (fps !== undefined) settings['fps'] = fps;
  if (platform !== undefined) settings['platform'] = platform;
  return validateDocument({ schemaVersion: CURRENT_SCHEMA_VERSION, settings }, { source: `new project "${name}"` });
}
