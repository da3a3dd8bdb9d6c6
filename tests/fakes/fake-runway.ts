import { randomUUID } from 'node:crypto';
import { FakeHttpServer, type FakeReply, type RouteCtx, type RouteDef } from './fake-http';
import { validateImageToVideo, validateTextToImage, type Issue } from './fake-runway-validate';
import { scheduleTask, taskView, type FakeTask, type RunwayOutcome, type RunwayTiming } from './fake-runway-tasks';
import { tinyMp4, tinyPng } from './tiny-media';

/**
 * A fake Runway developer API (api-protocols.md §1) for the real `@runwayml/sdk`:
 * `new RunwayML({ apiKey, baseURL: fake.origin })`. Every JSON answer has Content-Type
 * application/json (the SDK returns text otherwise); X-Runway-Version 2024-11-06 is required.
 */
export const RUNWAY_TEST_KEY = `key_${'0123456789abcdef'.repeat(8)}`;
export const RUNWAY_VERSION = '2024-11-06';
const NOT_FOUND: FakeReply = { status: 404, json: { error: 'Could not find Task' } };

export interface ReceivedRunwayImage {
  via: 'data-uri' | 'upload';
  data: Buffer;
}

export class FakeRunway {
  readonly http: FakeHttpServer;
  readonly validKeys = new Set([RUNWAY_TEST_KEY]);
  /** Valid keys whose organization has no credits: creates answer 400 "not enough credits". */
  readonly outOfCreditKeys = new Set<string>();
  timing: RunwayTiming = { pendingMs: 20, runningMs: 40, maxConcurrent: 2 };
  /** How long signed output URLs stay valid (24–48 h on the real CDN). */
  outputUrlTtlMs = 24 * 3_600_000;
  /** The next this-many signed URLs are issued already expired. */
  expireNextUrls = 0;
  readonly nextOutcomes: RunwayOutcome[] = [];
  readonly tasks = new Map<string, FakeTask>();
  readonly bodies: Record<string, unknown>[] = [];
  readonly receivedImages: ReceivedRunwayImage[] = [];
  private readonly uploads = new Map<string, { runwayUri: string; data: Buffer | null }>();

  constructor() {
    this.http = new FakeHttpServer({ routes: this.routes(), authorize: (ctx) => this.authorize(ctx), notFound: () => ({ status: 404, json: { error: 'Not found' } }) });
  }

  static start(): Promise<FakeRunway> {
    const fake = new FakeRunway();
    return fake.http.start().then(() => fake);
  }

  /** The SDK's baseURL: the origin only (paths carry /v1). */
  get origin(): string {
    return this.http.origin;
  }

  createCalls(): number {
    return this.http.count('image_to_video') + this.http.count('text_to_image');
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private token(ctx: RouteCtx): string {
    return /^Bearer (.+)$/.exec(ctx.req.headers.authorization ?? '')?.[1] ?? '';
  }

  private authorize(ctx: RouteCtx): FakeReply | null {
    const token = this.token(ctx);
    if (!this.validKeys.has(token) && !this.outOfCreditKeys.has(token)) return { status: 401, json: { error: 'Invalid API key. Make sure the key is correct and has not been disabled.' } };
    if (ctx.req.headers['x-runway-version'] !== RUNWAY_VERSION) return { status: 400, json: { error: `The X-Runway-Version header is missing or not a supported version. Use ${RUNWAY_VERSION}.` } };
    return null;
  }

  private signedUrls(t: FakeTask, origin: string): string[] {
    const expired = this.expireNextUrls > 0;
    if (expired) this.expireNextUrls -= 1;
    const exp = expired ? Date.now() - 1000 : Date.now() + this.outputUrlTtlMs;
    const ext = t.kind === 'video' ? 'mp4' : 'png';
    return [`${origin}/_cdn/${t.id}/0.${ext}?exp=${exp}&_jwt=${randomUUID().replace(/-/g, '')}`];
  }

  private recordImages(body: Record<string, unknown>): void {
    const uris: unknown[] = [];
    if (typeof body.promptImage === 'string') uris.push(body.promptImage);
    if (Array.isArray(body.promptImage)) uris.push(...body.promptImage.map((i: { uri?: unknown }) => i?.uri));
    if (Array.isArray(body.referenceImages)) uris.push(...body.referenceImages.map((i: { uri?: unknown }) => i?.uri));
    for (const uri of uris) {
      const data = typeof uri === 'string' ? /^data:image\/\w+;base64,(.*)$/s.exec(uri)?.[1] : undefined;
      if (data !== undefined) this.receivedImages.push({ via: 'data-uri', data: Buffer.from(data, 'base64') });
      const upload = [...this.uploads.values()].find((u) => u.runwayUri === uri);
      if (upload?.data) this.receivedImages.push({ via: 'upload', data: upload.data });
    }
  }

  private create(ctx: RouteCtx, kind: FakeTask['kind']): FakeReply {
    const body = (ctx.json ?? {}) as Record<string, unknown>;
    this.bodies.push(body);
    const knownUploads = new Set([...this.uploads.values()].filter((u) => u.data).map((u) => u.runwayUri));
    const { issues, credits } = kind === 'video' ? validateImageToVideo(body, { knownUploads }) : validateTextToImage(body, { knownUploads });
    if (issues.length) return validationError(issues);
    if (this.outOfCreditKeys.has(this.token(ctx))) return { status: 400, json: { error: 'You do not have enough credits to run this task.' } };
    this.recordImages(body);
    const outcome = this.nextOutcomes.shift() ?? { status: 'SUCCEEDED' };
    const task = scheduleTask([...this.tasks.values()], { kind, credits, outcome, timing: this.timing, now: Date.now() });
    this.tasks.set(task.id, task);
    return { status: 200, json: { id: task.id, estimatedCost: { credits } } };
  }

  private routes(): RouteDef[] {
    return [
      { name: 'image_to_video', method: 'POST', pattern: /^\/v1\/image_to_video$/, handle: (ctx) => this.create(ctx, 'video') },
      { name: 'text_to_image', method: 'POST', pattern: /^\/v1\/text_to_image$/, handle: (ctx) => this.create(ctx, 'image') },
      {
        name: 'task', method: 'GET', pattern: /^\/v1\/tasks\/([^/]+)$/,
        handle: (ctx) => {
          const t = this.tasks.get(ctx.params[0] ?? '');
          return t ? { status: 200, json: taskView(t, { now: Date.now(), outputUrls: () => this.signedUrls(t, ctx.origin) }) } : NOT_FOUND;
        },
      },
      { name: 'task-delete', method: 'DELETE', pattern: /^\/v1\/tasks\/([^/]+)$/, handle: (ctx) => (this.tasks.delete(ctx.params[0] ?? '') ? { status: 204 } : NOT_FOUND) },
      {
        name: 'organization', method: 'GET', pattern: /^\/v1\/organization$/,
        handle: (ctx) => ({
          status: 200,
          json: {
            creditBalance: this.outOfCreditKeys.has(this.token(ctx)) ? 0 : 5000,
            tier: { maxMonthlyCreditSpend: 10000, models: { gen4_turbo: { maxConcurrentGenerations: this.timing.maxConcurrent, maxDailyGenerations: 200 } } },
            usage: { models: { gen4_turbo: { dailyGenerations: this.tasks.size } } },
          },
        }),
      },
      {
        name: 'upload-start', method: 'POST', pattern: /^\/v1\/uploads$/,
        handle: (ctx) => {
          const body = (ctx.json ?? {}) as { filename?: unknown; type?: unknown };
          if (typeof body.filename !== 'string' || body.type !== 'ephemeral') return validationError([{ code: 'invalid_type', path: ['filename'], message: 'Invalid input' }]);
          const id = randomUUID();
          const runwayUri = `runway://uploads/${id}/${body.filename}`;
          this.uploads.set(id, { runwayUri, data: null });
          return { status: 200, json: { runwayUri, uploadUrl: `${ctx.origin}/_storage/${id}`, fields: { key: `uploads/${id}`, policy: 'fake-policy', 'x-amz-signature': 'fake' } } };
        },
      },
      { name: 'upload-storage', method: 'POST', pattern: /^\/_storage\/([^/]+)$/, public: true, handle: (ctx) => this.storeUpload(ctx) },
      {
        name: 'cdn', method: 'GET', pattern: /^\/_cdn\/([^/]+)\/0\.(mp4|png)$/, public: true,
        handle: async (ctx) => {
          const exp = Number(ctx.url.searchParams.get('exp'));
          if (!this.tasks.has(ctx.params[0] ?? '') || !(exp > Date.now())) {
            return { status: 403, contentType: 'text/xml', body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>' };
          }
          return ctx.params[1] === 'mp4' ? { status: 200, contentType: 'video/mp4', body: await tinyMp4() } : { status: 200, contentType: 'image/png', body: await tinyPng() };
        },
      },
    ];
  }

  /** The presigned POST: form fields first, file last, no Authorization header (§1.9). */
  private async storeUpload(ctx: RouteCtx): Promise<FakeReply> {
    const upload = this.uploads.get(ctx.params[0] ?? '');
    if (!upload || ctx.req.headers.authorization) return { status: 403, contentType: 'text/xml', body: '<Error><Code>AccessDenied</Code></Error>' };
    const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': String(ctx.req.headers['content-type'] ?? '') }, body: new Uint8Array(ctx.body) }).formData();
    const file = form.get('file');
    const names: string[] = [];
    form.forEach((_v, name) => names.push(name));
    if (!(file instanceof Blob) || form.get('key') !== `uploads/${ctx.params[0]}` || names[names.length - 1] !== 'file') return { status: 400, contentType: 'text/xml', body: '<Error><Code>MalformedPOSTRequest</Code></Error>' };
    upload.data = Buffer.from(await file.arrayBuffer());
    return { status: 204 };
  }
}

function validationError(issues: Issue[]): FakeReply {
  return { status: 400, json: { error: 'Validation of body failed', issues, docUrl: 'https://docs.dev.runwayml.com/api' } };
}
