import type { NamespaceHandlers } from './handler-types';
import { notAvailable } from './not-available';

// Wired when main/core/render has renderProject (plan → args → run); see the desktop-shell report.
export const renderHandlers: NamespaceHandlers<'render'> = {
  'render.start': () => notAvailable('render.start'),
  'render.cancel': () => notAvailable('render.cancel'),
  'render.preview': () => notAvailable('render.preview'),
};
