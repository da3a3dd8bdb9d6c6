import { describe, expect, it } from 'vitest';
import type { AppInfoDto } from '../../../../preload/contract/dto/app-dto';
import { exportCapabilities } from './export-mode';

const info = (mode: 'electron' | 'browser', caps: Partial<AppInfoDto['capabilities']> = {}): AppInfoDto => ({
  version: '1.0.0',
  mode,
  platform: 'linux',
  dataDir: '/data',
  capabilities: { dialogs: mode === 'electron', reveal: mode === 'electron', uploads: mode === 'browser', ...caps },
});

describe('exportCapabilities', () => {
  it('offers a path and Show in folder in Electron, downloads in a browser', () => {
    expect(exportCapabilities('electron', info('electron'))).toEqual({ choosePath: true, reveal: true, download: false });
    expect(exportCapabilities('browser', info('browser'))).toEqual({ choosePath: false, reveal: false, download: true });
  });

  it('follows what app.info says this shell can do', () => {
    expect(exportCapabilities('electron', info('electron', { dialogs: false }))).toEqual({ choosePath: false, reveal: true, download: false });
    expect(exportCapabilities('browser', info('browser', { reveal: true }))).toEqual({ choosePath: false, reveal: true, download: true });
  });

  it('falls back to the transport mode until app.info answers', () => {
    expect(exportCapabilities('electron', null)).toEqual({ choosePath: true, reveal: true, download: false });
    expect(exportCapabilities('browser', null)).toEqual({ choosePath: false, reveal: false, download: true });
  });
});
