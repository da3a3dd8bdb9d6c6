export * from './primitives';
export * from './frame-size';
export * from './video-track';
export * from './overlay-track';
export * from './audio-track';
export * from './settings';
export * from './document';
