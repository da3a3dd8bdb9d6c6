import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

export type OpenPurpose = 'media' | 'music' | 'voiceover' | 'project';
export type SavePurpose = 'video' | 'project';

const IMAGES = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'bmp', 'tif', 'tiff', 'avif', 'heic'];
const VIDEOS = ['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi'];
const AUDIO = ['mp3', 'wav', 'm4a', 'aac', 'ogg', 'opus', 'flac', 'aiff'];

/**
 * What each open dialog shows. Pure, so the wording and filters are tested; the dialog
 * itself is Electron's (electron-shell-port.ts). Filters only guide the person: import still
 * probes every file and refuses what is not media.
 */
export function openDialogOptions({ purpose, multiple }: { purpose: OpenPurpose; multiple: boolean }): OpenDialogOptions {
  const properties: OpenDialogOptions['properties'] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
  switch (purpose) {
    case 'media':
      return {
        title: 'Add photos and clips',
        properties,
        filters: [
          { name: 'Photos and clips', extensions: [...IMAGES, ...VIDEOS] },
          { name: 'Photos', extensions: IMAGES },
          { name: 'Clips', extensions: VIDEOS },
        ],
      };
    case 'music':
      return { title: 'Choose music', properties, filters: [{ name: 'Audio', extensions: AUDIO }] };
    case 'voiceover':
      return { title: 'Choose a voice-over recording', properties, filters: [{ name: 'Audio', extensions: AUDIO }] };
    case 'project':
      return { title: 'Import a project file', properties, filters: [{ name: 'Adloom project', extensions: ['json'] }] };
  }
}

export function saveDialogOptions({ purpose, defaultName }: { purpose: SavePurpose; defaultName?: string | undefined }): SaveDialogOptions {
  if (purpose === 'video') {
    return { title: 'Export video', defaultPath: defaultName ?? 'ad.mp4', filters: [{ name: 'MP4 video', extensions: ['mp4'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] };
  }
  return { title: 'Save project file', defaultPath: defaultName ?? 'project.json', filters: [{ name: 'Adloom project', extensions: ['json'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] };
}
