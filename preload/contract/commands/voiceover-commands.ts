import { z } from 'zod';
import { JobId, ProjectId } from '../dto/common';
import { command } from './command-spec';

export const VoiceoverInput = z
  .object({
    projectId: ProjectId,
    /** What is spoken, exactly as written. */
    text: z.string().trim().min(1, 'write a script first').max(5000),
    /** An ElevenLabs voice id; absent = the default premade voice. */
    voiceId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9]+$/, 'must be a voice id').optional(),
  })
  .strict();

export const voiceoverCommands = {
  'voiceover.create': command(
    VoiceoverInput,
    z.object({ jobId: JobId }).strict(),
    'Queues text-to-speech (ElevenLabs) for a script; the editor places the finished audio on the voice-over track.',
  ),
} as const;
