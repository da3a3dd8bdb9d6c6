import { FakeHttpServer, type FakeReply, type RouteCtx, type RouteDef } from './fake-http';
import { FAKE_MODELS, validateInput, type FakeModel } from './fake-replicate-schemas';
import { predictionView, replicateId, type FakePrediction, type ReplicateOutcome, type ReplicateTiming } from './fake-replicate-state';
import { tinyMp4 } from './tiny-media';

/**
 * A fake Replicate API (api-protocols.md §2) for the real `replicate` client:
 * `new Replicate({ auth, baseUrl: fake.baseUrl })`. Errors are problem+json; predictions move
 * starting → processing → succeeded/failed/aborted on a real-time clock scaled by `timing`.
 */
export const REPLICATE_TEST_KEY = 'r8_FakeValidToken0123456789abcdefghijklmnopq';
const PROBLEM = 'application/problem+json';
const problem = (status: number, body: { title: string; detail: string } & Record<string, unknown>): FakeReply => ({
  status, contentType: PROBLEM, json: { ...body, status },
});

export interface ReceivedImage {
  via: 'data-uri' | 'files-api';
  mime: string;
  data: Buffer;
}

export class FakeReplicate {
  readonly http: FakeHttpServer;
  readonly validKeys = new Set([REPLICATE_TEST_KEY]);
  /** Valid keys whose account has no credit: creating predictions answers 402. */
  readonly outOfCreditKeys = new Set<string>();
  timing: ReplicateTiming = { startingMs: 20, processingMs: 40, retentionMs: 3_600_000 };
  /** Prefer: wait=n holds the request n × this many ms (scaled seconds). */
  waitScaleMs = 10;
  /** Outcomes for the next predictions, in order; then success. */
  readonly nextOutcomes: ReplicateOutcome[] = [];
  llmReply = '{"scenes":[{"prompt":"slow dolly-in"}]}';
  fileLimitBytes = 100 * 1024 * 1024;
  readonly predictions = new Map<string, FakePrediction>();
  readonly files = new Map<string, { mime: string; data: Buffer; created: number }>();
  readonly receivedImages: ReceivedImage[] = [];

  constructor() {
    this.http = new FakeHttpServer({ routes: this.routes(), authorize: (ctx) => this.authorize(ctx), notFound: () => ({ status: 404, json: { detail: 'Not found.' } }) });
  }

  static start(): Promise<FakeReplicate> {
    const fake = new FakeReplicate();
    return fake.http.start().then(() => fake);
  }

  /** The client's baseUrl (includes /v1). */
  get baseUrl(): string {
    return `${this.http.origin}/v1`;
  }

  /** Create requests that reached the server (by version or by model), faulted ones included. */
  createCalls(): number {
    return this.http.count('create-by-version') + this.http.count('create-by-model');
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private authorize(ctx: RouteCtx): FakeReply | null {
    const auth = ctx.req.headers.authorization;
    if (!auth) return problem(401, { title: 'Unauthenticated', detail: 'You did not pass an authentication token' });
    const token = /^(?:Bearer|Token) (.+)$/.exec(auth)?.[1] ?? '';
    if (!this.validKeys.has(token) && !this.outOfCreditKeys.has(token)) return problem(401, { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token' });
    return null;
  }

  private view(p: FakePrediction, origin: string): Record<string, unknown> {
    return predictionView(p, { origin, timing: this.timing, llmReply: this.llmReply, now: Date.now() });
  }

  private recordImages(input: Record<string, unknown>): void {
    for (const value of Object.values(input)) {
      if (typeof value !== 'string') continue;
      const data = /^data:([\w/+.-]+);base64,(.*)$/s.exec(value);
      if (data?.[1] && data[2] !== undefined) this.receivedImages.push({ via: 'data-uri', mime: data[1], data: Buffer.from(data[2], 'base64') });
      const file = /\/v1\/files\/([a-z0-9]+)$/.exec(value)?.[1];
      const stored = file ? this.files.get(file) : undefined;
      if (stored) this.receivedImages.push({ via: 'files-api', mime: stored.mime, data: stored.data });
    }
  }

  private async create(ctx: RouteCtx, { model, allowed }: { model: FakeModel | undefined; allowed: string[] }): Promise<FakeReply> {
    const body = (ctx.json ?? {}) as Record<string, unknown>;
    const extra = Object.keys(body).filter((k) => !allowed.includes(k));
    if (extra.length) return problem(422, { title: 'Input validation failed', detail: `- (root): Additional property ${extra[0]} is not allowed\n`, invalid_fields: [{ type: 'additional_property_not_allowed', field: '(root)', description: `Additional property ${extra[0]} is not allowed` }] });
    if (!model) return problem(422, { title: 'Invalid version or not permitted', detail: "The specified version does not exist (or perhaps you don't have permission to use it?)" });
    const token = /^(?:Bearer|Token) (.+)$/.exec(ctx.req.headers.authorization ?? '')?.[1] ?? '';
    if (this.outOfCreditKeys.has(token)) return problem(402, { title: 'Billing required', detail: 'You need to set up billing to run this model. Go to https://replicate.com/account/billing#billing to set it up.' });
    const invalid = validateInput(model, body.input);
    if (invalid.length) return problem(422, { title: 'Input validation failed', detail: invalid.map((f) => `- ${f.field}: ${f.description}\n`).join(''), invalid_fields: invalid });
    const input = body.input as Record<string, unknown>;
    this.recordImages(input);
    const p: FakePrediction = { id: replicateId(), model, input, createdAt: Date.now(), outcome: this.nextOutcomes.shift() ?? { status: 'succeeded' } };
    this.predictions.set(p.id, p);
    const wait = /^wait(?:=(\d+))?$/.exec(String(ctx.req.headers.prefer ?? ''));
    if (wait) {
      const until = Date.now() + Number(wait[1] ?? 60) * this.waitScaleMs;
      while (Date.now() < until && ['starting', 'processing'].includes(String(this.view(p, ctx.origin).status))) await new Promise((r) => setTimeout(r, 5));
    }
    const view = this.view(p, ctx.origin);
    return { status: view.status === 'succeeded' ? 201 : 202, headers: { location: String((view.urls as { get: string }).get) }, json: view };
  }

  private routes(): RouteDef[] {
    const find = (o: string, n: string): FakeModel | undefined => FAKE_MODELS.find((m) => m.owner === o && m.name === n);
    const byVersion = (v: unknown): FakeModel | undefined => {
      const s = String(v ?? '');
      const id = s.includes(':') ? s.split(':')[1] : s;
      return FAKE_MODELS.find((m) => (!m.official && m.version === id) || (m.official && `${m.owner}/${m.name}` === s));
    };
    const pred = (ctx: RouteCtx): FakePrediction | undefined => this.predictions.get(ctx.params[0] ?? '');
    return [
      { name: 'create-by-version', method: 'POST', pattern: /^\/v1\/predictions$/, handle: (ctx) => this.create(ctx, { model: byVersion((ctx.json as { version?: unknown } | undefined)?.version), allowed: ['version', 'input', 'webhook', 'webhook_events_filter', 'stream'] }) },
      {
        name: 'create-by-model', method: 'POST', pattern: /^\/v1\/models\/([^/]+)\/([^/]+)\/predictions$/,
        handle: (ctx) => {
          const m = find(ctx.params[0] ?? '', ctx.params[1] ?? '');
          if (!m?.official) return { status: 404, json: { detail: 'Not found.' } };
          return this.create(ctx, { model: m, allowed: ['input', 'webhook', 'webhook_events_filter', 'stream'] });
        },
      },
      { name: 'get', method: 'GET', pattern: /^\/v1\/predictions\/([a-z0-9]+)$/, handle: (ctx) => { const p = pred(ctx); return p ? { status: 200, json: this.view(p, ctx.origin) } : { status: 404, json: { detail: 'Not found.' } }; } },
      {
        name: 'cancel', method: 'POST', pattern: /^\/v1\/predictions\/([a-z0-9]+)\/cancel$/,
        handle: (ctx) => {
          const p = pred(ctx);
          if (!p) return { status: 404, json: { detail: 'Not found.' } };
          if (['starting', 'processing'].includes(String(this.view(p, ctx.origin).status))) p.canceledAt = Date.now();
          return { status: 200, json: this.view(p, ctx.origin) };
        },
      },
      { name: 'list', method: 'GET', pattern: /^\/v1\/predictions$/, handle: (ctx) => ({ status: 200, json: { next: null, previous: null, results: [...this.predictions.values()].reverse().map((p) => this.view(p, ctx.origin)) } }) },
      { name: 'account', method: 'GET', pattern: /^\/v1\/account$/, handle: () => ({ status: 200, json: { type: 'user', username: 'fake-user', name: 'Fake User', github_url: null } }) },
      { name: 'file-create', method: 'POST', pattern: /^\/v1\/files$/, handle: (ctx) => this.createFile(ctx) },
      {
        name: 'model', method: 'GET', pattern: /^\/v1\/models\/([^/]+)\/([^/]+)$/,
        handle: (ctx) => {
          const m = find(ctx.params[0] ?? '', ctx.params[1] ?? '');
          if (!m) return { status: 404, json: { detail: 'Not found.' } };
          return { status: 200, json: { url: `https://replicate.com/${m.owner}/${m.name}`, owner: m.owner, name: m.name, visibility: 'public', is_official: m.official, run_count: 1, latest_version: { id: m.version, created_at: '2024-01-01T00:00:00Z', cog_version: '0.9.0', openapi_schema: { components: { schemas: { Input: { type: 'object', properties: m.input } } } } } } };
        },
      },
      {
        name: 'delivery', method: 'GET', pattern: /^\/delivery\/([a-z0-9]+)\/output\.mp4$/, public: true,
        handle: async (ctx) => {
          const p = pred(ctx);
          const v = p ? this.view(p, ctx.origin) : null;
          if (!v || v.data_removed || v.status !== 'succeeded') return { status: 404, contentType: 'text/plain', body: 'Not Found' };
          return { status: 200, contentType: 'video/mp4', body: await tinyMp4() };
        },
      },
    ];
  }

  private async createFile(ctx: RouteCtx): Promise<FakeReply> {
    if (ctx.body.length > this.fileLimitBytes) return { status: 413, json: { detail: 'Files must be less than 100MB in size' } };
    const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': String(ctx.req.headers['content-type'] ?? '') }, body: new Uint8Array(ctx.body) }).formData();
    const content = form.get('content');
    if (!(content instanceof Blob)) return problem(422, { title: 'Input validation failed', detail: '- content: content is required\n' });
    const id = replicateId();
    const data = Buffer.from(await content.arrayBuffer());
    const created = Date.now();
    this.files.set(id, { mime: content.type || 'application/octet-stream', data, created });
    return {
      status: 201,
      json: {
        id, content_type: content.type, size: data.length, checksums: { sha256: 'fake' }, metadata: {},
        created_at: new Date(created).toISOString(), expires_at: new Date(created + 3_600_000).toISOString(), urls: { get: `${ctx.origin}/v1/files/${id}` },
      },
    };
  }
}
