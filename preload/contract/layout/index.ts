export * from './frames';
export * from './timeline';
export * from './safe-area';
export * from './fonts';
export * from './font-coverage';
export * from './text-wrap';
export * from './text-layout';
export * from './card-layout';
