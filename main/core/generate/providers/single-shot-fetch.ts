type FetchFn = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for the `replicate` 1.4.0 client that turns off its hidden retries and adds a timeout.
 *
 * The client retries 429 (every method), ≥ 500 (GET) and network errors up to 5 times with no
 * delay, passing the same `init` object each time (api-protocols.md §2.7). Retrying a create can
 * pay twice, and instant retries ignore Retry-After; the job queue decides retries instead. So
 * the first outcome per `init` is remembered and replayed to the client's retries without
 * touching the network.
 */
export function singleShotFetch(timeoutMs: number, base: FetchFn = globalThis.fetch): FetchFn {
  const first = new WeakMap<RequestInit, Promise<Response>>();
  const attempt = (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
    return base(input, { ...init, signal: AbortSignal.any(signals) });
  };
  return (input, init) => {
    if (!init) return attempt(input);
    let outcome = first.get(init);
    if (!outcome) {
      outcome = attempt(input, init);
      first.set(init, outcome);
    }
    // Clones, so the remembered response's body stays unread for later replays.
    return outcome.then((res) => res.clone());
  };
}
