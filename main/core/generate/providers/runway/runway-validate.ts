import { AppError } from '../../../shared/app-error';
import type { GenerationRequest } from '../../provider';
import { checkPrompt, resolveDuration } from '../model-params';
import type { RunwayModel } from './runway-models';

const TAG = /^[A-Za-z][A-Za-z0-9_]{2,15}$/;
const MAX_SEED = 4_294_967_295;

/** Checks a request against the model's rules before anything is paid; returns the duration to send. */
export function validateRunwayRequest(model: RunwayModel, req: GenerationRequest): { durationSec?: number } {
  if (req.kind !== 'image-to-video' && req.kind !== 'text-to-image') return {};
  checkPrompt({ text: req.prompt, required: model.inputs.prompt === 'required', max: model.maxPromptChars, model: model.model });
  if (req.seed !== undefined && (!Number.isInteger(req.seed) || req.seed < 0 || req.seed > MAX_SEED)) {
    throw new AppError('BAD_INPUT', `Seed ${req.seed} for ${model.model} must be a whole number from 0 to ${MAX_SEED}.`, { field: 'seed', retryable: false });
  }
  if (req.kind === 'image-to-video') return { durationSec: resolveDuration(model, req.durationSec) };
  const refs = req.referenceImages ?? [];
  const max = model.inputs.maxReferenceImages ?? 0;
  if (refs.length > max) throw new AppError('BAD_INPUT', `${model.model} takes at most ${max} reference images (${refs.length} given).`, { field: 'referenceImages', retryable: false });
  if (model.inputs.image === 'required' && refs.length === 0) {
    throw new AppError('BAD_INPUT', `${model.model} needs at least one reference image.`, { field: 'referenceImages', retryable: false });
  }
  for (const ref of refs) {
    if (!TAG.test(ref.tag)) {
      throw new AppError('BAD_INPUT', `Reference tag "${ref.tag}" must be 3–16 letters, digits or _ and start with a letter.`, { field: 'referenceImages.tag', retryable: false });
    }
  }
  return {};
}
