import type { RevealTarget } from '../../preload/contract/dto/app-dto';

/**
 * What handlers need from the shell they run in. Electron implements it with native dialogs and
 * shell.showItemInFolder (main/app); browser mode has no dialogs and reveals with the OS opener
 * (main/server). Paths reach reveal() only after a handler mapped an id to a path.
 */
export interface ShellPort {
  readonly dialogs: boolean;
  readonly reveal: boolean;
  openDialog(input: { purpose: 'media' | 'music' | 'voiceover' | 'project'; multiple: boolean }): Promise<string[]>;
  saveDialog(input: { purpose: 'video' | 'project'; defaultName?: string | undefined }): Promise<string | null>;
  /** Shows `absolutePath` in the file manager. `target` says what it is, for messages. */
  revealPath(absolutePath: string, target: RevealTarget): Promise<void>;
}

/** Files a browser uploaded (browser mode only): ids minted by the server, never paths from the page. */
export interface UploadStore {
  /** The uploaded file's path, or NOT_FOUND when the id is unknown or already used. */
  resolve(uploadId: string): { path: string; name: string };
  /** Deletes the uploaded bytes once the import has copied them into the library. */
  release(uploadId: string): Promise<void>;
}
