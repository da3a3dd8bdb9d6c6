import { z } from 'zod';

const Alignment = z.object({
  characters: z.array(z.string()),
  character_start_times_seconds: z.array(z.number()),
  character_end_times_seconds: z.array(z.number()),
});

/** POST /v1/text-to-speech/{voice_id}/with-timestamps (§4.3). */
export const WithTimestamps = z.looseObject({
  audio_base64: z.string().min(1),
  alignment: Alignment.nullish(),
  normalized_alignment: Alignment.nullish(),
});

export const VoicesResponse = z.looseObject({
  voices: z.array(
    z.looseObject({
      voice_id: z.string(),
      name: z.string(),
      category: z.string().nullish(),
      labels: z.record(z.string(), z.string()).nullish(),
      preview_url: z.string().nullish(),
    }),
  ),
});

/** GET /v1/user/subscription (not in api-protocols.md; fields as used by ElevenLabs' SDKs). */
export const Subscription = z.looseObject({
  tier: z.string().optional(),
  character_count: z.number(),
  character_limit: z.number(),
  can_extend_character_limit: z.boolean().optional(),
});
