/**
 * Input schemas the fake Replicate server validates against, with the field names, types,
 * enums and ranges of api-protocols.md §3 (as Replicate's Cog schemas would reject them).
 */
export type FieldSpec =
  | { type: 'string'; required?: boolean; enum?: string[] }
  | { type: 'uri'; required?: boolean }
  | { type: 'integer' | 'number'; required?: boolean; min?: number; max?: number; enum?: number[] }
  | { type: 'boolean'; required?: boolean };

export interface FakeModel {
  owner: string;
  name: string;
  official: boolean;
  version: string;
  /** What the model returns: one video URL or an LLM token array. */
  output: 'video' | 'tokens';
  input: Record<string, FieldSpec>;
}

export const SVD_VERSION = '3f0457e4619daac51203dedb472816fd4af51f3149fa7a9e0b5ffcf1b8172438';

export const FAKE_MODELS: FakeModel[] = [
  {
    owner: 'stability-ai', name: 'stable-video-diffusion', official: false, version: SVD_VERSION, output: 'video',
    input: {
      input_image: { type: 'uri', required: true },
      video_length: { type: 'string', enum: ['14_frames_with_svd', '25_frames_with_svd_xt'] },
      sizing_strategy: { type: 'string', enum: ['maintain_aspect_ratio', 'crop_to_16_9', 'use_image_dimensions'] },
      frames_per_second: { type: 'integer', min: 5, max: 30 },
      motion_bucket_id: { type: 'integer', min: 1, max: 255 },
      cond_aug: { type: 'number' },
      decoding_t: { type: 'integer', min: 1 },
      seed: { type: 'integer' },
    },
  },
  {
    owner: 'kwaivgi', name: 'kling-v2.1', official: true, version: 'hidden', output: 'video',
    input: {
      start_image: { type: 'uri', required: true }, prompt: { type: 'string', required: true }, negative_prompt: { type: 'string' },
      mode: { type: 'string', enum: ['standard', 'pro'] }, duration: { type: 'integer', enum: [5, 10] }, end_image: { type: 'uri' },
    },
  },
  {
    owner: 'minimax', name: 'hailuo-02', official: true, version: 'hidden', output: 'video',
    input: {
      first_frame_image: { type: 'uri' }, last_frame_image: { type: 'uri' }, prompt: { type: 'string', required: true },
      duration: { type: 'integer', enum: [6, 10] }, resolution: { type: 'string', enum: ['512p', '768p', '1080p'] }, prompt_optimizer: { type: 'boolean' },
    },
  },
  {
    owner: 'wan-video', name: 'wan-2.5-i2v', official: true, version: 'hidden', output: 'video',
    input: {
      image: { type: 'uri', required: true }, prompt: { type: 'string', required: true }, duration: { type: 'integer', min: 1, max: 10 },
      resolution: { type: 'string', enum: ['480p', '720p', '1080p'] }, negative_prompt: { type: 'string' }, audio: { type: 'uri' },
      seed: { type: 'integer' }, enable_prompt_expansion: { type: 'boolean' },
    },
  },
  {
    owner: 'meta', name: 'meta-llama-3.1-405b-instruct', official: true, version: 'hidden', output: 'tokens',
    input: {
      prompt: { type: 'string' }, system_prompt: { type: 'string' }, min_tokens: { type: 'integer', min: 0 }, max_tokens: { type: 'integer', min: 1 },
      temperature: { type: 'number', min: 0, max: 5 }, top_p: { type: 'number', min: 0, max: 1 }, top_k: { type: 'integer' },
      presence_penalty: { type: 'number' }, frequency_penalty: { type: 'number' }, stop_sequences: { type: 'string' }, prompt_template: { type: 'string' },
    },
  },
];

export interface InvalidField {
  type: string;
  field: string;
  description: string;
}

function checkField(key: string, spec: FieldSpec, value: unknown): InvalidField | null {
  const field = `input.${key}`;
  const bad = (type: string, description: string): InvalidField => ({ type, field, description });
  if (spec.type === 'string' || spec.type === 'uri') {
    if (typeof value !== 'string') return bad('type', `${key}: Invalid type. Expected: string, given: ${typeof value}`);
    if (spec.type === 'uri' && !/^(https?:\/\/|data:[\w/+.-]+;base64,)/.test(value)) return bad('format', `${key}: Does not match format 'uri'`);
    if (spec.type === 'string' && spec.enum && !spec.enum.includes(value)) return bad('enum', `${key} must be one of the following: ${spec.enum.map((e) => `"${e}"`).join(', ')}`);
    return null;
  }
  if (spec.type === 'boolean') return typeof value === 'boolean' ? null : bad('type', `${key}: Invalid type. Expected: boolean, given: ${typeof value}`);
  if (typeof value !== 'number' || (spec.type === 'integer' && !Number.isInteger(value))) return bad('type', `${key}: Invalid type. Expected: ${spec.type}, given: ${typeof value}`);
  if (spec.enum && !spec.enum.includes(value)) return bad('enum', `${key} must be one of the following: ${spec.enum.join(', ')}`);
  if (spec.min !== undefined && value < spec.min) return bad('number_gte', `${key}: Must be greater than or equal to ${spec.min}`);
  if (spec.max !== undefined && value > spec.max) return bad('number_lte', `${key}: Must be less than or equal to ${spec.max}`);
  return null;
}

/** Validates an input object like Replicate does: required, types, enums, ranges, no extras. */
export function validateInput(model: FakeModel, input: unknown): InvalidField[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [{ type: 'type', field: 'input', description: 'input: Invalid type. Expected: object' }];
  const obj = input as Record<string, unknown>;
  const problems: InvalidField[] = [];
  for (const [key, spec] of Object.entries(model.input)) {
    if (obj[key] === undefined) {
      if (spec.required) problems.push({ type: 'required', field: 'input', description: `${key} is required` });
      continue;
    }
    const p = checkField(key, spec, obj[key]);
    if (p) problems.push(p);
  }
  for (const key of Object.keys(obj)) {
    if (!(key in model.input)) problems.push({ type: 'additional_property_not_allowed', field: 'input', description: `Additional property ${key} is not allowed` });
  }
  return problems;
}
