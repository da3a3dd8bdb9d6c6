import type { CommandInput, CommandName, CommandOutput } from './commands';
import type { EventName, EventPayload } from './event-schemas';
import type { Result } from './result';

export type { CommandInput, CommandName, CommandOutput, ParsedInput } from './commands';
export type { EventName, EventPayload } from './event-schemas';
export type { Result } from './result';

/**
 * What the Electron preload exposes on `window.adloom` (contextBridge), and nothing more:
 * invoke a contract command, listen to a contract event. Unknown names are refused by the
 * preload; the listener never receives Electron's event object.
 */
export interface AdloomBridge {
  invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<Result<CommandOutput<N>>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  /**
   * The path on disk of a file the person dropped or picked (Electron's webUtils.getPathForFile),
   * so a drop imports by path; '' for a File the page made itself.
   */
  pathForFile(file: PageFile): string;
}

/**
 * A DOM File as the bridge sees it. Declared by shape because the contract has no DOM types;
 * the renderer passes real File objects.
 */
export interface PageFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** The global the preload defines. Absent in a plain browser, which is how the renderer tells. */
export const BRIDGE_GLOBAL = 'adloom';

/** The IPC channel names the preload and main/app agree on (fixed prefixes, contract names only). */
export const commandChannel = (name: CommandName): string => `cmd:${name}`;
export const eventChannel = (name: EventName): string => `evt:${name}`;

/**
 * Where the renderer loads library media from. Electron serves media://asset/<id> (main/app);
 * browser mode serves /media/<id> on its own origin (main/server). Both map ids through the
 * store; neither takes a path.
 */
export function mediaUrl(mode: 'electron' | 'browser', assetId: string, variant: 'file' | 'thumbnail' | 'filmstrip' = 'file'): string {
  const tail = variant === 'file' ? assetId : `${assetId}/${variant}`;
  return mode === 'electron' ? `media://asset/${tail}` : `/media/${tail}`;
}

/** Where a finished preview (render.finished, kind preview) plays from: by its id, never a path. */
export function previewUrl(mode: 'electron' | 'browser', previewId: string): string {
  return mode === 'electron' ? `media://preview/${previewId}` : `/media/preview/${previewId}`;
}

/**
 * Browser mode: the download of a finished export (render.finished output id). Electron has the
 * file's path instead (and app.reveal).
 */
export function exportDownloadUrl(exportId: string): string {
  return `/exports/${exportId}`;
}
