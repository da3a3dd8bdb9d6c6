import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './menu-actions';
import type { MenuSpec } from './menu-template';

/** Turns the tested spec into Electron's template; every action goes through `run`. */
export function toElectronTemplate(spec: readonly MenuSpec[], run: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  return spec.map((item) => {
    const { action, submenu, ...rest } = item;
    const options: MenuItemConstructorOptions = { ...rest };
    if (submenu) options.submenu = toElectronTemplate(submenu, run);
    if (action) options.click = () => run(action);
    return options;
  });
}
