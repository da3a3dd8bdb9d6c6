import pkg from '../../package.json' with { type: 'json' };

/** Bundled into the CLI at build time, so it is right wherever dist/ ends up. */
export const ADLOOM_VERSION: string = pkg.version;
