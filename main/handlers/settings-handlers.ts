import { AppSettings } from '../../preload/contract/dto/settings-dto';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';

/** All app preferences live under one settings key, checked by the contract's schema both ways. */
export const APP_SETTINGS_KEY = 'app';

function read(ctx: HandlerContext): AppSettings {
  return ctx.store.settings.get(APP_SETTINGS_KEY, AppSettings) ?? AppSettings.parse({});
}

export const settingsHandlers: NamespaceHandlers<'settings'> = {
  'settings.get': (_input, ctx) => read(ctx),

  'settings.set': ({ patch }, ctx) =>
    ctx.store.transaction(() => {
      // Omitted fields keep their value; an explicit null clears a nullable one.
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      return ctx.store.settings.set(APP_SETTINGS_KEY, AppSettings, { ...read(ctx), ...changes });
    }),
};
