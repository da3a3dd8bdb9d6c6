import type { ModelCapabilities } from '../../provider';

/** Per-request character limits (api-protocols.md §4.2). */
const speech = (model: string, label: string, maxChars: number, priceNote: string): ModelCapabilities => ({
  provider: 'elevenlabs', model, label, kind: 'speech', maxPromptChars: maxChars,
  inputs: { image: 'none', prompt: 'required', seed: true }, priceNote,
});

export const ELEVENLABS_MODELS: readonly ModelCapabilities[] = [
  speech('eleven_multilingual_v2', 'Eleven Multilingual v2', 10_000, '1 credit per character (~$0.22/1000) ❓'),
  speech('eleven_flash_v2_5', 'Eleven Flash v2.5 (fast, cheaper)', 40_000, '0.5 credit per character (~$0.11/1000) ❓'),
  speech('eleven_turbo_v2_5', 'Eleven Turbo v2.5', 40_000, '0.5 credit per character (~$0.11/1000) ❓'),
  speech('eleven_v3', 'Eleven v3', 5_000, '1 credit per character (~$0.22/1000) ❓'),
];

const FORMAT = /^(mp3_(22050_32|24000_48|44100_(32|64|96|128|192))|opus_48000_(32|64|96|128|192)|pcm_(8000|16000|22050|24000|32000|44100|48000)|wav_(8000|16000|22050|24000|32000|44100|48000)|ulaw_8000|alaw_8000)$/;

export function isOutputFormat(format: string): boolean {
  return FORMAT.test(format);
}

/** File extension and content type an output_format gives. */
export function formatFile(format: string): { ext: string; contentType: string } {
  if (format.startsWith('mp3_')) return { ext: 'mp3', contentType: 'audio/mpeg' };
  if (format.startsWith('opus_')) return { ext: 'opus', contentType: 'audio/ogg' };
  if (format.startsWith('wav_')) return { ext: 'wav', contentType: 'audio/wav' };
  if (format.startsWith('pcm_')) return { ext: 'pcm', contentType: 'audio/pcm' };
  return { ext: 'raw', contentType: 'audio/basic' };
}
