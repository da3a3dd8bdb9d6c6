// What the shells (main/app, main/server) use from the handlers.
export { createHandlerContext } from './create-handler-context';
export type { HandlerContextOptions } from './create-handler-context';
export { dispatch } from './dispatch';
export { filmstripFileOf } from './editor-media';
export type { DispatchRequest } from './dispatch';
export { createEventBus } from './event-bus';
export type { EventBus, EventListener, EventSink } from './event-bus';
export type { HandlerContext, HandlerLifecycle, HandlerLogEntry } from './handler-context';
export type { Handler, Handlers } from './handler-types';
export type { ShellPort, UploadStore } from './ports';
export { handlers } from './registry';
