import { appHandlers } from './app-handlers';
import { documentHandlers } from './document-handlers';
import { exportsHandlers } from './exports-handlers';
import { generateHandlers } from './generate-handlers';
import type { Handlers } from './handler-types';
import { jobsHandlers } from './jobs-handlers';
import { keysHandlers } from './keys-handlers';
import { mediaHandlers } from './media-handlers';
import { planHandlers } from './plan-handlers';
import { projectsHandlers } from './projects-handlers';
import { renderHandlers } from './render-handlers';
import { settingsHandlers } from './settings-handlers';
import { voiceoverHandlers } from './voiceover-handlers';

/**
 * Every contract command's handler, shared by Electron IPC (main/app) and browser mode
 * (main/server). The annotation is the compile-time check: a command without a handler, or a
 * handler with the wrong input or output type, fails `tsc`.
 */
export const handlers: Handlers = {
  ...projectsHandlers,
  ...documentHandlers,
  ...mediaHandlers,
  ...renderHandlers,
  ...exportsHandlers,
  ...planHandlers,
  ...generateHandlers,
  ...voiceoverHandlers,
  ...jobsHandlers,
  ...keysHandlers,
  ...settingsHandlers,
  ...appHandlers,
};
