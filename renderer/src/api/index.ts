import { createApiClient, type ApiClient } from './api-client';
import { pageEnvironment, pickTransport } from './pick-transport';

export { ApiError } from './api-error';
export type { ApiClient } from './api-client';

let client: ApiClient | undefined;

/** The app's one api client, made on first use (the transport is chosen then, once). */
export function getApi(): ApiClient {
  client ??= createApiClient(pickTransport(pageEnvironment(window)));
  return client;
}
