import { z } from 'zod';
import { FileName, FilePath } from '../file-path';
import { AssetId, Id } from '../project/primitives';
import { ProjectId } from './common';

export const APP_MODES = ['electron', 'browser'] as const;
export const AppMode = z.enum(APP_MODES);
export type AppMode = z.infer<typeof AppMode>;

export const AppInfoDto = z
  .object({
    version: z.string(),
    mode: AppMode,
    /** process.platform of the machine running main. */
    platform: z.string(),
    /** Where the library and database live (shown in settings, never used as an input). */
    dataDir: z.string(),
    capabilities: z
      .object({
        /** Native open/save dialogs (Electron). Browser mode uses file inputs and uploads. */
        dialogs: z.boolean(),
        /** Showing a file in the system file manager. */
        reveal: z.boolean(),
        /** POST /upload for dropped files (browser mode). */
        uploads: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type AppInfoDto = z.infer<typeof AppInfoDto>;

export const DIALOG_PURPOSES = ['media', 'music', 'voiceover', 'project'] as const;
export const OpenDialogInput = z.object({ purpose: z.enum(DIALOG_PURPOSES), multiple: z.boolean().default(false) }).strict();
export const OpenDialogResultDto = z.object({ paths: z.array(FilePath) }).strict();

export const SaveDialogInput = z.object({ purpose: z.enum(['video', 'project']), defaultName: FileName.optional() }).strict();
/** null when the person cancelled. */
export const SaveDialogResultDto = z.object({ path: FilePath.nullable() }).strict();

/** What to show in the file manager: things main knows by id, never a path from the page. */
export const RevealTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asset'), assetId: AssetId }).strict(),
  z.object({ kind: z.literal('export'), projectId: ProjectId, exportId: Id }).strict(),
  z.object({ kind: z.literal('dataDir') }).strict(),
]);
export type RevealTarget = z.infer<typeof RevealTarget>;
export const RevealInput = z.object({ target: RevealTarget }).strict();
