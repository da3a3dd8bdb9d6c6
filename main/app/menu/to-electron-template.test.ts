import type { KeyboardEvent, MenuItem } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from './menu-actions';
import { buildMenuSpec } from './menu-template';
import { toElectronTemplate } from './to-electron-template';

describe('toElectronTemplate', () => {
  it('keeps labels, roles and accelerators and wires clicks to the item’s action', () => {
    const ran: MenuAction[] = [];
    const template = toElectronTemplate(buildMenuSpec({ platform: 'linux', appName: 'Adloom', isDev: false }), (a) => ran.push(a));
    const file = template[0];
    expect(file?.label).toBe('File');
    const items = Array.isArray(file?.submenu) ? file.submenu : [];
    const importItem = items.find((i) => i.label === 'Import Media…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+I');
    expect('action' in (importItem ?? {})).toBe(false);
    importItem?.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
    expect(ran).toEqual([{ kind: 'ui', action: 'media.import' }]);
    const edit = Array.isArray(template[1]?.submenu) ? template[1].submenu : [];
    expect(edit.find((i) => i.role === 'copy')?.click).toBeUndefined();
  });
});
