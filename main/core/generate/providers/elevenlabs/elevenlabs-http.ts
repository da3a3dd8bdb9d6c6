import { z } from 'zod';
import type { AppError } from '../../../shared/app-error';
import type { Classify } from '../operation-runner';
import { errorFromHttp } from '../provider-errors';
import { parseRetryAfterMs } from '../retry-after';

/** A non-2xx answer, mapped to an AppError by classifyElevenLabsError inside the runner. */
export class ElevenLabsStatusError extends Error {
  constructor(
    readonly status: number,
    readonly bodyText: string,
    readonly headers: Headers,
  ) {
    super(`ElevenLabs answered ${status}`);
    this.name = 'ElevenLabsStatusError';
  }
}

export interface ElevenLabsRequest {
  baseUrl: string;
  key: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** One REST call with the `xi-api-key` header (§4.1). No retries: the job queue decides. */
export async function elevenLabsFetch(req: ElevenLabsRequest): Promise<Response> {
  const url = new URL(`${req.baseUrl}${req.path}`);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const signals = [AbortSignal.timeout(req.timeoutMs), ...(req.signal ? [req.signal] : [])];
  const res = await fetch(url, {
    method: req.method,
    headers: { 'xi-api-key': req.key, accept: 'application/json', ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
    signal: AbortSignal.any(signals),
  });
  if (!res.ok) throw new ElevenLabsStatusError(res.status, await res.text().catch(() => ''), res.headers);
  return res;
}

const Detail = z.union([
  z.looseObject({ status: z.string().optional(), code: z.string().optional(), message: z.string().optional(), param: z.string().optional() }),
  z.array(z.looseObject({ loc: z.array(z.union([z.string(), z.number()])).optional(), msg: z.string().optional() })),
  z.string(),
]);

/** Status word and a short reason from the `detail` member (modern, legacy or FastAPI 422 shape). */
export function parseElevenLabsError(bodyText: string): { status: string; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { status: '', reason: bodyText.slice(0, 200) };
  }
  const detail = Detail.safeParse((json as { detail?: unknown } | null)?.detail);
  if (!detail.success) return { status: '', reason: bodyText.slice(0, 200) };
  const d = detail.data;
  if (typeof d === 'string') return { status: '', reason: d.slice(0, 300) };
  if (Array.isArray(d)) return { status: 'validation_error', reason: d.map((i) => `${(i.loc ?? []).join('.')}: ${i.msg ?? 'invalid'}`).join('; ').slice(0, 400) };
  const status = d.status ?? d.code ?? '';
  return { status, reason: `${status ? `${status}: ` : ''}${d.message ?? ''}${d.param ? ` (${d.param})` : ''}`.slice(0, 400) };
}

export const classifyElevenLabsError: Classify = (err, ctx): AppError | null => {
  if (!(err instanceof ElevenLabsStatusError)) return null;
  const { status, reason } = parseElevenLabsError(err.bodyText);
  return errorFromHttp({
    provider: 'elevenlabs',
    operation: ctx.operation,
    status: err.status,
    reason,
    // quota_exceeded comes as 401 (api-protocols.md §4.5), so it must win over the auth rule.
    outOfCredit: status === 'quota_exceeded',
    retryAfterMs: err.status === 429 ? parseRetryAfterMs({ headers: err.headers, bodyText: err.bodyText }) : null,
    keySource: ctx.keySource,
    extra: status ? { providerStatus: status } : {},
  });
};
