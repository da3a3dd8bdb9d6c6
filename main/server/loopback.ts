import { AppError } from '../core/shared/app-error';

/** The only addresses browser mode listens on. "localhost" is taken as 127.0.0.1, never resolved. */
const LOOPBACK: Record<string, '127.0.0.1' | '::1'> = { '127.0.0.1': '127.0.0.1', localhost: '127.0.0.1', '::1': '::1', '[::1]': '::1' };

/**
 * Refuses any bind address but loopback: browser mode serves the whole app (projects, keys,
 * files) to whoever holds the token, so it must not be reachable from another machine.
 */
export function loopbackAddress(host: string): '127.0.0.1' | '::1' {
  const address = LOOPBACK[host.trim().toLowerCase()];
  if (address === undefined) {
    throw new AppError('BAD_INPUT', `browser mode listens on this machine only (127.0.0.1 or ::1); "${host}" is not a loopback address`, { field: 'host', host });
  }
  return address;
}

/** The Host header values (and so the origins) a request to this server may carry. */
export function allowedHosts(address: '127.0.0.1' | '::1', port: number): string[] {
  return address === '127.0.0.1' ? [`127.0.0.1:${port}`, `localhost:${port}`] : [`[::1]:${port}`, `localhost:${port}`];
}
