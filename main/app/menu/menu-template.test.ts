import { describe, expect, it } from 'vitest';
import { EXTERNAL_HOSTS } from '../security/external-hosts';
import { isAllowedExternalUrl } from '../security/url-policy';
import { MENU_UI_ACTIONS } from './menu-actions';
import { buildMenuSpec, menuActions, type MenuSpec } from './menu-template';

function find(spec: readonly MenuSpec[], label: string): MenuSpec | undefined {
  for (const item of spec) {
    if (item.label === label) return item;
    const inner = find(item.submenu ?? [], label);
    if (inner) return inner;
  }
  return undefined;
}

const accelerators = (spec: readonly MenuSpec[]): string[] => spec.flatMap((item) => [...(item.accelerator ? [item.accelerator] : []), ...accelerators(item.submenu ?? [])]);

describe('buildMenuSpec', () => {
  const linux = buildMenuSpec({ platform: 'linux', appName: 'Adloom', isDev: false });
  const mac = buildMenuSpec({ platform: 'darwin', appName: 'Adloom', isDev: false });

  it('has the usual top-level menus, with the app menu first on macOS only', () => {
    expect(linux.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(mac.map((m) => m.label)).toEqual(['Adloom', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('binds the usual shortcuts to the editor actions the UI runs', () => {
    const expected: Array<[string, string, string]> = [
      ['New Project', 'CmdOrCtrl+N', 'project.new'],
      ['Open Project…', 'CmdOrCtrl+O', 'project.open'],
      ['Import Media…', 'CmdOrCtrl+I', 'media.import'],
      ['Export Video…', 'CmdOrCtrl+E', 'render.export'],
      ['Undo', 'CmdOrCtrl+Z', 'edit.undo'],
      ['Redo', 'CmdOrCtrl+Y', 'edit.redo'],
      ['Duplicate', 'CmdOrCtrl+D', 'edit.duplicate'],
      ['Split at Playhead', 'CmdOrCtrl+K', 'edit.split'],
      ['Delete', 'Delete', 'edit.delete'],
      ['Zoom Timeline In', 'CmdOrCtrl+=', 'timeline.zoomIn'],
      ['Settings', 'CmdOrCtrl+,', 'settings.open'],
    ];
    for (const [label, accelerator, action] of expected) {
      expect(find(linux, label), label).toEqual({ label, accelerator, action: { kind: 'ui', action } });
    }
  });

  it('uses the macOS conventions there', () => {
    expect(find(mac, 'Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(find(mac, 'Delete')?.accelerator).toBe('Backspace');
    expect(find(mac, 'Settings…')?.action).toEqual({ kind: 'ui', action: 'settings.open' });
    expect(find(mac, 'Settings')).toBeUndefined();
    expect(mac[0]?.submenu?.some((item) => item.role === 'quit')).toBe(true);
  });

  it('uses no shortcut twice', () => {
    for (const spec of [linux, mac]) {
      const keys = accelerators(spec);
      expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
    }
  });

  it('only uses editor actions the renderer knows, and every one appears', () => {
    const uiActions = menuActions(linux).flatMap((a) => (a.kind === 'ui' ? [a.action] : []));
    expect([...new Set(uiActions)].sort()).toEqual([...MENU_UI_ACTIONS].sort());
  });

  it('runs "Show Library Folder" as the contract command app.reveal', () => {
    expect(find(linux, 'Show Library Folder')?.action).toEqual({ kind: 'command', name: 'app.reveal', input: { target: { kind: 'dataDir' } } });
  });

  it('links only to pages the openExternal allowlist accepts', () => {
    const urls = menuActions(mac).flatMap((a) => (a.kind === 'external' ? [a.url] : []));
    expect(urls.length).toBe(3);
    for (const url of urls) expect(isAllowedExternalUrl({ url, allowedHosts: EXTERNAL_HOSTS }), url).toBe(true);
  });

  it('offers reload and DevTools in development builds only', () => {
    const roles = (spec: MenuSpec[]): unknown[] => spec.flatMap((m) => (m.submenu ?? []).map((i) => i.role));
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(buildMenuSpec({ platform: 'linux', appName: 'Adloom', isDev: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
