import type { Aspect } from '../../../../preload/contract/project/primitives';
import { AppError } from '../../shared/app-error';
import type { ModelCapabilities } from '../provider';

const ASPECT_VALUE: Record<Aspect, number> = { '16:9': 16 / 9, '9:16': 9 / 16, '1:1': 1, '4:5': 4 / 5 };

function ratioValue(ratio: string): number {
  const [w, h] = ratio.split(':').map(Number);
  return w && h ? w / h : 1;
}

/**
 * The provider ratio closest to the project aspect (log distance, so 2:1 and 1:2 are equally
 * far from 1:1). Ties keep list order, which lists the preferred (cheaper) sizes first.
 */
export function nearestRatio(aspect: Aspect, ratios: readonly string[]): string {
  const target = Math.log(ASPECT_VALUE[aspect]);
  let best = ratios[0];
  let bestDist = Infinity;
  for (const r of ratios) {
    const d = Math.abs(Math.log(ratioValue(r)) - target);
    if (d < bestDist - 1e-9) {
      best = r;
      bestDist = d;
    }
  }
  if (best === undefined) throw new AppError('INTERNAL', 'nearestRatio needs at least one ratio.');
  return best;
}

/**
 * The length the model will make for a wanted one: the smallest offered length that is not
 * shorter (clips are trimmed on the timeline, never stretched), else the longest.
 */
export function resolveDuration(cap: Pick<ModelCapabilities, 'durations' | 'model'>, wantedSec: number): number {
  if (!Number.isFinite(wantedSec) || wantedSec <= 0) {
    throw new AppError('BAD_INPUT', `Duration ${wantedSec} s for ${cap.model} must be a positive number of seconds.`, { field: 'durationSec', retryable: false });
  }
  const d = cap.durations;
  if (!d) return wantedSec;
  const values = 'values' in d ? [...d.values].sort((a, b) => a - b) : [];
  if ('min' in d) {
    for (let v = d.min; v <= d.max + 1e-9; v += d.step) values.push(Math.round(v * 1000) / 1000);
  }
  return values.find((v) => v >= wantedSec - 1e-6) ?? values[values.length - 1] ?? wantedSec;
}

export function findModel<T extends Pick<ModelCapabilities, 'model' | 'kind' | 'provider'>>(models: readonly T[], { model, kind }: { model: string; kind: string }): T {
  const cap = models.find((m) => m.model === model && m.kind === kind);
  if (!cap) {
    const offered = models.filter((m) => m.kind === kind).map((m) => m.model);
    throw new AppError('BAD_INPUT', `Model "${model}" is not offered for ${kind} (offered: ${offered.join(', ') || 'none'}).`, { field: 'model', model, retryable: false });
  }
  return cap;
}

/** Checks text length in UTF-16 code units, the unit Runway and others count in. */
export function checkPrompt(args: { text: string | undefined; required: boolean; max: number | undefined; model: string }): void {
  const text = args.text?.trim() ?? '';
  if (args.required && text === '') throw new AppError('BAD_INPUT', `Model ${args.model} needs a prompt.`, { field: 'prompt', retryable: false });
  if (args.max !== undefined && text.length > args.max) {
    throw new AppError('BAD_INPUT', `The prompt for ${args.model} is ${text.length} characters; at most ${args.max} are allowed.`, { field: 'prompt', retryable: false });
  }
}
