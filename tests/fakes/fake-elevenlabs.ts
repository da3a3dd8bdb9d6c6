import { randomUUID } from 'node:crypto';
import { FakeHttpServer, type FakeReply, type RouteCtx, type RouteDef } from './fake-http';
import { mp3OfDuration } from './tiny-media';

/**
 * A fake ElevenLabs REST API (api-protocols.md §4; the subscription route as ElevenLabs' SDKs
 * use it). Auth is the `xi-api-key` header; errors carry a `detail` member.
 */
export const ELEVENLABS_TEST_KEY = 'sk_fake0123456789abcdef0123456789abcdef012345';
const MODELS: Record<string, number> = { eleven_multilingual_v2: 10_000, eleven_flash_v2_5: 40_000, eleven_turbo_v2_5: 40_000, eleven_v3: 5_000, eleven_flash_v2: 30_000, eleven_turbo_v2: 30_000 };
const FORMAT = /^(mp3_(22050_32|24000_48|44100_(32|64|96|128|192))|opus_48000_\d+|pcm_\d+|wav_\d+|ulaw_8000|alaw_8000)$/;
/** Seconds of speech per character: ~15 characters a second. */
export const SECONDS_PER_CHAR = 0.06;

const detail = (status: number, body: { status: string; message: string }): FakeReply => ({ status, json: { detail: body } });

export const FAKE_VOICES = [
  { voice_id: '21m00Tcm4TlvDq8ikWAM', name: 'Rachel', category: 'premade', labels: { accent: 'american', gender: 'female' }, description: null, preview_url: 'https://storage.googleapis.com/fake/rachel.mp3', settings: null, available_for_tiers: [], high_quality_base_model_ids: ['eleven_multilingual_v2'], is_legacy: false },
  { voice_id: 'JBFqnCBsd6RMkjVDRZzb', name: 'George', category: 'premade', labels: { accent: 'british', gender: 'male' }, description: null, preview_url: 'https://storage.googleapis.com/fake/george.mp3', settings: null, available_for_tiers: [], high_quality_base_model_ids: ['eleven_multilingual_v2'], is_legacy: false },
];

export class FakeElevenLabs {
  readonly http: FakeHttpServer;
  readonly validKeys = new Set([ELEVENLABS_TEST_KEY]);
  /** Valid keys with no characters left: TTS answers 401 quota_exceeded. */
  readonly outOfCreditKeys = new Set<string>();
  /** Valid keys without the user_read permission: the subscription route answers 401 missing_permissions. */
  readonly restrictedKeys = new Set<string>();
  characterLimit = 10_000;
  charactersUsed = 0;

  constructor() {
    this.http = new FakeHttpServer({ routes: this.routes(), authorize: (ctx) => this.authorize(ctx), notFound: () => ({ status: 404, json: { detail: 'Not Found' } }) });
  }

  static start(): Promise<FakeElevenLabs> {
    const fake = new FakeElevenLabs();
    return fake.http.start().then(() => fake);
  }

  get origin(): string {
    return this.http.origin;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private key(ctx: RouteCtx): string {
    return String(ctx.req.headers['xi-api-key'] ?? '');
  }

  private authorize(ctx: RouteCtx): FakeReply | null {
    const key = this.key(ctx);
    if (this.validKeys.has(key) || this.outOfCreditKeys.has(key) || this.restrictedKeys.has(key)) return null;
    return detail(401, { status: 'invalid_api_key', message: 'Invalid API key' });
  }

  private async speech(ctx: RouteCtx, withTimestamps: boolean): Promise<FakeReply> {
    if (!FAKE_VOICES.some((v) => v.voice_id === ctx.params[0])) return detail(400, { status: 'voice_not_found', message: `A voice with the voice_id ${ctx.params[0]} was not found.` });
    const body = (ctx.json ?? {}) as { text?: unknown; model_id?: unknown; voice_settings?: Record<string, unknown> };
    if (typeof body.text !== 'string') return { status: 422, json: { detail: [{ loc: ['body', 'text'], msg: 'Field required', type: 'missing' }] } };
    const model = String(body.model_id ?? 'eleven_multilingual_v2');
    const limit = MODELS[model];
    if (limit === undefined) return detail(400, { status: 'model_not_found', message: `Model ${model} does not exist.` });
    const format = ctx.url.searchParams.get('output_format') ?? 'mp3_44100_128';
    if (!FORMAT.test(format)) return detail(400, { status: 'invalid_parameters', message: `Invalid output_format ${format}` });
    if (body.text.length > limit) return detail(400, { status: 'max_character_limit_exceeded', message: `Text is ${body.text.length} characters; the limit for ${model} is ${limit}.` });
    const speed = body.voice_settings?.speed;
    if (typeof speed === 'number' && (speed < 0.7 || speed > 1.2)) return { status: 422, json: { detail: [{ loc: ['body', 'voice_settings', 'speed'], msg: 'Input should be between 0.7 and 1.2', type: 'less_than_equal' }] } };
    if (this.outOfCreditKeys.has(this.key(ctx)) || this.charactersUsed + body.text.length > this.characterLimit) {
      return detail(401, { status: 'quota_exceeded', message: 'You have insufficient quota to complete this request' });
    }
    this.charactersUsed += body.text.length;
    const seconds = Math.max(0.3, Math.round(body.text.length * SECONDS_PER_CHAR * 10) / 10);
    const audio = await mp3OfDuration(seconds);
    const headers = { 'request-id': randomUUID(), 'x-character-count': String(body.text.length) };
    if (!withTimestamps) return { status: 200, headers, contentType: 'audio/mpeg', body: audio };
    const chars = [...body.text];
    const step = seconds / chars.length;
    const starts = chars.map((_c, i) => Math.round(i * step * 1000) / 1000);
    const ends = chars.map((_c, i) => (i === chars.length - 1 ? seconds : Math.round((i + 1) * step * 1000) / 1000));
    const alignment = { characters: chars, character_start_times_seconds: starts, character_end_times_seconds: ends };
    return { status: 200, headers, json: { audio_base64: audio.toString('base64'), alignment, normalized_alignment: alignment } };
  }

  private routes(): RouteDef[] {
    return [
      { name: 'tts', method: 'POST', pattern: /^\/v1\/text-to-speech\/([^/]+)$/, handle: (ctx) => this.speech(ctx, false) },
      { name: 'tts-timestamps', method: 'POST', pattern: /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/, handle: (ctx) => this.speech(ctx, true) },
      { name: 'voices', method: 'GET', pattern: /^\/v1\/voices$/, handle: () => ({ status: 200, json: { voices: FAKE_VOICES } }) },
      { name: 'voices-v2', method: 'GET', pattern: /^\/v2\/voices$/, handle: () => ({ status: 200, json: { voices: FAKE_VOICES, has_more: false, total_count: FAKE_VOICES.length, next_page_token: null } }) },
      {
        name: 'subscription', method: 'GET', pattern: /^\/v1\/user\/subscription$/,
        handle: (ctx) => {
          const key = this.key(ctx);
          if (this.restrictedKeys.has(key)) return detail(401, { status: 'missing_permissions', message: 'The API key you used is missing the permission user_read to execute this operation.' });
          const used = this.outOfCreditKeys.has(key) ? this.characterLimit : this.charactersUsed;
          return { status: 200, json: { tier: 'creator', character_count: used, character_limit: this.characterLimit, can_extend_character_limit: false, allowed_to_extend_character_limit: false, next_character_count_reset_unix: 1_900_000_000, status: 'active', currency: 'usd' } };
        },
      },
    ];
  }
}
