import { AppError } from '../../shared/app-error';
import type { ProviderId } from '../provider';

/** Real API roots (docs/api-protocols.md §1.1, §2.1, §4.1). Replicate's includes /v1, the others are origins. */
export const DEFAULT_BASE_URLS: Record<ProviderId, string> = {
  replicate: 'https://api.replicate.com/v1',
  runway: 'https://api.dev.runwayml.com',
  elevenlabs: 'https://api.elevenlabs.io',
};

export const BASE_URL_ENV_VARS: Record<ProviderId, string> = {
  replicate: 'ADLOOM_REPLICATE_BASE_URL',
  runway: 'ADLOOM_RUNWAY_BASE_URL',
  elevenlabs: 'ADLOOM_ELEVENLABS_BASE_URL',
};

/** 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may reach (tests, local proxies). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Parses a URL that a key (or a downloaded file) will travel to. Plain http would send keys and
 * media in clear text, so it is refused unless the host is this machine.
 */
export function checkRemoteUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('BAD_INPUT', `${what} "${raw}" is not a valid URL.`, { url: raw, retryable: false });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('BAD_INPUT', `${what} "${raw}" must use https.`, { url: raw, retryable: false });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new AppError('BAD_INPUT', `${what} "${raw}" uses plain http to a host that is not this machine; use https (http is only allowed for 127.0.0.1, ::1 and localhost).`, {
      url: raw,
      retryable: false,
    });
  }
  if (url.username || url.password) {
    throw new AppError('BAD_INPUT', `${what} must not contain a user name or password.`, { retryable: false });
  }
  return url;
}

export interface BaseUrlOptions {
  /** Explicit value (tests); wins over the environment. */
  override?: string;
  env?: Record<string, string | undefined>;
}

/**
 * The API root for a provider: override → ADLOOM_*_BASE_URL → the real service. Replicate's
 * client wants the root with /v1 (added when the path is empty); Runway and ElevenLabs paths
 * start with /v1 already, so a trailing /v1 there is dropped.
 */
export function resolveBaseUrl(provider: ProviderId, opts: BaseUrlOptions = {}): string {
  const envValue = (opts.env ?? process.env)[BASE_URL_ENV_VARS[provider]]?.trim();
  const raw = opts.override ?? (envValue || DEFAULT_BASE_URLS[provider]);
  const what = opts.override !== undefined ? `The ${provider} base URL` : envValue ? BASE_URL_ENV_VARS[provider] : `The ${provider} base URL`;
  const url = checkRemoteUrl(raw, what);
  let pathname = url.pathname.replace(/\/+$/, '');
  if (provider === 'replicate' && pathname === '') pathname = '/v1';
  if (provider !== 'replicate') pathname = pathname.replace(/\/v1$/, '');
  return `${url.origin}${pathname}`;
}
