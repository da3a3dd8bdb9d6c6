import { getApi, type ApiClient } from '../api';

let override: ApiClient | null = null;

/**
 * The api the store's actions use: the app's client, or a fake that tests install. Looked up on
 * each use, so importing the store never picks a transport.
 */
export function storeApi(): ApiClient {
  return override ?? getApi();
}

/** Tests: use this client instead (null restores the real one). */
export function setStoreApi(api: ApiClient | null): void {
  override = api;
}
