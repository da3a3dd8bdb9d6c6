/**
 * Sites the app links to (provider sign-up and key pages, FFmpeg and our docs). A host here
 * also admits its subdomains. Anything else is never opened, whatever the page asks.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'replicate.com',
  'runwayml.com',
  'elevenlabs.io',
  'ffmpeg.org',
  'github.com',
];
