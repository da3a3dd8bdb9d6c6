import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import type { JobProgress } from '../../stores';

export const MISSING_KEY_TEXT = 'Voice-over needs an ElevenLabs key: none is set. Add your key (or set ELEVENLABS_API_KEY) and try again.';

/**
 * A missing key arrives as AUTH_FAILED with details.missingKey from the command, or as a failed
 * job whose message says no key is set (jobs keep code and message, not details).
 */
export function isMissingKey({ code, message, details }: { code: string | null; message?: string | null; details?: Record<string, unknown> | undefined }): boolean {
  if (code !== 'AUTH_FAILED') return false;
  if (details?.missingKey === true) return true;
  return /\bno\b.*\bkey\b.*\bset\b/i.test(message ?? '');
}

export type VoiceoverStatus =
  | { phase: 'waiting' }
  | { phase: 'running'; progress: number | null; label: string }
  | { phase: 'done'; assetId: string | null }
  | { phase: 'failed'; message: string; missingKey: boolean }
  | { phase: 'cancelled' };

const RUNNING_LABEL: Partial<Record<JobDto['state'], string>> = {
  queued: 'Waiting to start…',
  submitted: 'Sent to ElevenLabs…',
  running: 'Speaking the script…',
  downloading: 'Fetching the audio…',
};

/** What the voice-over section shows for a job (undefined until its first job.changed event). */
export function voiceoverStatus(job: JobDto | undefined, progress: JobProgress | undefined): VoiceoverStatus {
  if (job === undefined) return { phase: 'waiting' };
  if (job.state === 'succeeded') return { phase: 'done', assetId: job.outputAssetId };
  if (job.state === 'cancelled') return { phase: 'cancelled' };
  if (job.state === 'failed') {
    const missingKey = isMissingKey({ code: job.errorCode, message: job.errorMessage });
    return { phase: 'failed', message: missingKey ? MISSING_KEY_TEXT : (job.errorMessage ?? 'The voice-over could not be made.'), missingKey };
  }
  return { phase: 'running', progress: progress?.progress ?? job.progress, label: progress?.status ?? RUNNING_LABEL[job.state] ?? 'Working…' };
}
