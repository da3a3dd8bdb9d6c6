/**
 * The contract's events. The definitions live in ./event-schemas because ESLint's import
 * patterns treat a path ending in "events" as the Node built-in `events`, which the contract
 * and the renderer may not import; code there imports ./event-schemas (or ./api) instead.
 */
export * from './event-schemas';
