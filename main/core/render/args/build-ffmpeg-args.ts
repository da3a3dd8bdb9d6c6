import { framesToSeconds } from '../../../../preload/contract/layout';
import type { RenderPlan } from '../plan/render-plan';
import { audioChains, type AudioSources } from './audio-filters';
import { cardChains } from './card-filters';
import { addClipInputs, clipChains } from './clip-filters';
import { encoderArgs } from './encoder-settings';
import { InputList } from './input-list';
import { overlayChains } from './overlay-filters';
import { stillChains } from './still-filters';
import { joinItems } from './timeline-filters';

export interface BuildArgsInput {
  plan: RenderPlan;
  outputPath: string;
  /** Where the runner wrote plan.textFiles. */
  workDir: string;
}

/**
 * The arguments of the one FFmpeg pass that renders a plan (runFfmpeg adds its own leading
 * flags). Pure: the same plan, output path and work dir always give the same arguments.
 */
export function buildFfmpegArgs({ plan, outputPath, workDir }: BuildArgsInput): string[] {
  const { width, height, fps, frames, samples } = plan.output;
  const inputs = new InputList();
  const chains: string[] = [];
  const clipSound: AudioSources['clips'] = [];

  const labels = plan.video.map((item, i) => {
    const label = `v${i}`;
    if (item.kind === 'clip') {
      const index = addClipInputs(inputs, item);
      chains.push(...clipChains({ clip: item, output: label, inputIndex: index.video, width, height, fps }));
      if (item.audio && index.audio !== null) clipSound.push({ inputIndex: index.audio, audio: item.audio });
    } else if (item.kind === 'still') {
      chains.push(...stillChains({ still: item, output: label, inputs, width, height, fps }));
    } else {
      chains.push(...cardChains({ card: item, output: label, ctx: { width, height, fps, workDir, inputs } }));
    }
    return label;
  });
  const joined = joinItems({ items: plan.video, labels, fps });
  chains.push(...joined.chains);
  const drawn = overlayChains({ overlays: plan.overlays, input: joined.output, ctx: { fps, workDir, inputs } });
  chains.push(...drawn.chains);
  chains.push(...audioChains({ clips: clipSound, audio: plan.audio, totalSamples: samples, inputs }, 'aout'));

  return [
    ...inputs.toArgs(),
    '-filter_complex',
    chains.join(';'),
    '-map',
    `[${drawn.output}]`,
    '-map',
    '[aout]',
    ...encoderArgs(),
    '-t',
    framesToSeconds(frames, fps),
    '-f',
    'mp4',
    outputPath,
  ];
}
