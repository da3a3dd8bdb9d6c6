/**
 * The Content-Security-Policy the app:// handler sends with every bundle file (style-anchors
 * §4.2 item 7). renderer/index.html carries a meta copy as a fallback; the header is the one
 * that counts, because a meta tag cannot set frame-ancestors.
 *
 * - No 'unsafe-eval' and no inline script: React and the Vite build need neither.
 * - style-src allows inline styles because the UI sets style attributes from state.
 * - connect-src 'self' only: every network call (AI providers) happens in main, never here.
 * - img/media from media:// (library files by id) and blob: (generated previews).
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob: media:"],
  ['media-src', "'self' blob: media:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Headers every app:// answer carries besides its content type. */
export function bundleSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
