import type { AppInfoDto } from '../../../../preload/contract/dto/app-dto';

/** What the export dialog can offer in this mode. */
export interface ExportCapabilities {
  /** Electron: an output path field with the native save dialog. */
  choosePath: boolean;
  /** "Show in folder" for finished files. */
  reveal: boolean;
  /** Browser mode: finished files are downloaded from the local server. */
  download: boolean;
}

/**
 * From the transport's mode and app.info (null until it answers): app.info is the authority,
 * the transport's mode the fallback. Browser mode never takes an output path.
 */
export function exportCapabilities(mode: 'electron' | 'browser', appInfo: AppInfoDto | null): ExportCapabilities {
  const effective = appInfo?.mode ?? mode;
  const electron = effective === 'electron';
  return {
    choosePath: electron && (appInfo?.capabilities.dialogs ?? true),
    reveal: appInfo?.capabilities.reveal ?? electron,
    download: !electron,
  };
}
