import { protocol } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { createMediaProtocolHandler, type LocateMedia } from './media-protocol';
import { APP_SCHEME, MEDIA_SCHEME, PRIVILEGED_SCHEMES } from './schemes';

/** Must run before app 'ready' (Electron only accepts privileged schemes then, and only once). */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES]);
}

/** After 'ready': app:// serves the renderer bundle, media:// library files by id. */
export function handleProtocols({ rendererDir, locateMedia }: { rendererDir: string; locateMedia: LocateMedia }): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir }));
  protocol.handle(MEDIA_SCHEME, createMediaProtocolHandler({ locate: locateMedia }));
}
